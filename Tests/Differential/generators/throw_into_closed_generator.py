# throw() into an exhausted or closed generator raises the thrown exception itself.
import inspect

def g():
    yield 1

done = g()
list(done)
try:
    done.throw(ValueError, 6)
except ValueError as e:
    print("exhausted:", type(e).__name__, e)

closed = g()
next(closed)
closed.close()
try:
    closed.throw(KeyError("gone"))
except KeyError as e:
    print("closed:", type(e).__name__, e)
try:
    closed.throw(StopIteration)
except StopIteration as e:
    print("StopIteration thrown into closed generator:", repr(e))
try:
    closed.throw(GeneratorExit)
except GeneratorExit as e:
    print("GeneratorExit thrown into closed generator:", repr(e))
print(inspect.getgeneratorstate(closed), closed.gi_frame)
