# inspect.getgeneratorlocals: the frame's locals while alive, {} once finished.
import inspect

def g(a, b=2, *rest, **kw):
    c = a + b
    yield c
    d = c * 2
    del a
    yield d

gen = g(1, 5, 6, key="v")
print(inspect.getgeneratorlocals(gen))
next(gen)
print(inspect.getgeneratorlocals(gen))
next(gen)
print(inspect.getgeneratorlocals(gen))
list(gen)
print(inspect.getgeneratorlocals(gen))

ex = (x * y for x in range(3) for y in "ab")
next(ex)
loc = inspect.getgeneratorlocals(ex)
print(sorted(k for k in loc if not k.startswith(".")), loc["x"], loc["y"])
for bad in (None, [1], g):
    try:
        inspect.getgeneratorlocals(bad)
    except TypeError as e:
        print("TypeError", e.args[0].split(" at 0x")[0])
