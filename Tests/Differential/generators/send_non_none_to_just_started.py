# send(non-None) before the first yield is refused; the generator stays usable.
import inspect

def g():
    print("body starts")
    x = yield "first"
    print("received", x)
    yield "second"

it = g()
for value in (0, "spam", [], False):
    try:
        it.send(value)
    except TypeError as e:
        print(repr(value), "->", type(e).__name__, e)
print(inspect.getgeneratorstate(it))
print(it.send(None))
print(it.send("hello"))

fresh = g()
print(next(fresh))
exp = (n for n in range(3))
try:
    exp.send(1)
except TypeError as e:
    print("genexpr:", e)
print(next(exp), exp.send("ignored"), exp.send(None))
