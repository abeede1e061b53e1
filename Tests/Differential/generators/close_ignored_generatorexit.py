# A generator that yields in response to close(): RuntimeError, and it stays suspended.
import inspect

def stubborn():
    while True:
        try:
            yield "value"
        except GeneratorExit:
            print("refusing to exit")

it = stubborn()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError", e, "| context:", repr(e.__context__))
print(inspect.getgeneratorstate(it))
print(next(it))
try:
    it.throw(KeyError("stop"))
except KeyError as e:
    print("ended by KeyError", e, inspect.getgeneratorstate(it))

def once():
    try:
        yield
    except GeneratorExit:
        yield "foo!"
g = once()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
print(inspect.getgeneratorstate(g))
print(g.close(), inspect.getgeneratorstate(g))
