# A generator expression supports send/throw/close, gi_* attributes and inspect.
import inspect

g = (x * 2 for x in range(5))
print(type(g).__name__, inspect.isgenerator(g), g.__name__, g.gi_code.co_name)
print(inspect.getgeneratorstate(g), g.gi_running, g.gi_suspended)
print(next(g), g.send(None), g.send("ignored"))
print(inspect.getgeneratorstate(g), g.gi_frame.f_locals.get("x"))
try:
    g.throw(ValueError("into a genexpr"))
except ValueError as e:
    print("ValueError", e)
print(inspect.getgeneratorstate(g), list(g))

h = (x for x in "abc")
next(h)
print(h.close(), inspect.getgeneratorstate(h), next(h, "closed"))
print(iter(h) is h)

squares = (n * n for n in range(4))
print(sum(squares), sum(squares))
print(list(x for x in (y for y in range(3))))
