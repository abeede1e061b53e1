# An exception escaping a generator propagates to the caller and closes it for good.
import inspect

def divide(a, b):
    return a // b

def g():
    yield divide(10, 2)
    yield divide(1, 0)
    yield "unreachable"

it = g()
print(next(it))
try:
    next(it)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(inspect.getgeneratorstate(it), it.gi_frame)
try:
    next(it)
except StopIteration as e:
    print("resumed?", type(e).__name__)
print(list(it))

def fails_first():
    raise KeyError("k")
    yield 1

f = fails_first()
try:
    next(f)
except KeyError as e:
    print("KeyError", e)
print(inspect.getgeneratorstate(f), next(f, "gone"))
