# An exception thrown in and not caught ends the generator: frame gone, then StopIteration.
import inspect

def g():
    while True:
        try:
            value = yield
            print("value", value)
        except ValueError as e:
            print("handled", repr(e))

it = g()
next(it)
it.throw(ValueError("one"))
it.send(1)
try:
    it.throw(TypeError("two"))
except TypeError as e:
    print("propagated", repr(e))
print(it.gi_frame, inspect.getgeneratorstate(it))
try:
    it.send(2)
except StopIteration as e:
    print("send after:", repr(e))
print(list(it))
