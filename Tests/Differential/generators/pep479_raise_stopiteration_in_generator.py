# PEP 479: StopIteration escaping a generator frame becomes RuntimeError, chained to it.
def helper():
    raise StopIteration("from helper")

def g():
    yield helper()

try:
    next(g())
except RuntimeError as exc:
    print("RuntimeError:", exc)
    print("cause:", repr(exc.__cause__))
    print("context:", repr(exc.__context__))
    print("suppress context:", exc.__suppress_context__)
    print("same object:", exc.__cause__ is exc.__context__)

def after_yield():
    yield 1
    raise StopIteration
    yield 2

it = after_yield()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print("second next:", type(e).__name__, e)
print(next(it, "closed afterwards"))
