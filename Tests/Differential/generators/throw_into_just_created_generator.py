# throw() into a generator that never started: raised at once, body and finally skipped.
import inspect

def g():
    print("body started")
    try:
        yield 1
    finally:
        print("finally ran")

it = g()
try:
    it.throw(ValueError, 7)
except ValueError as e:
    print("ValueError", e)
print(inspect.getgeneratorstate(it), it.gi_frame)
print(next(it, "exhausted"))

it = g()
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(list(it))

it = g()
try:
    it.throw(GeneratorExit)
except GeneratorExit as e:
    print("GeneratorExit", repr(e))
print(inspect.getgeneratorstate(it))
