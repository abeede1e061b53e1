# isgenerator/isgeneratorfunction/iscoroutine/iscoroutinefunction/isasyncgen*/isawaitable.
import inspect

def gen():
    yield

async def coro():
    return 1

async def agen():
    yield 1

def plain():
    return gen()

class Awaitable:
    def __await__(self):
        yield

lam = lambda: (yield)
g, c, a, e = gen(), coro(), agen(), (x for x in ())
checks = [inspect.isgenerator, inspect.isgeneratorfunction, inspect.iscoroutine,
          inspect.iscoroutinefunction, inspect.isasyncgen, inspect.isasyncgenfunction,
          inspect.isawaitable]
for label, obj in [("gen", gen), ("gen()", g), ("coro", coro), ("coro()", c),
                   ("agen", agen), ("agen()", a), ("genexpr", e), ("lambda", lam),
                   ("plain", plain), ("Awaitable()", Awaitable()), ("Awaitable", Awaitable),
                   ("int", 3), ("aclose()", a.aclose()), ("asend()", a.asend(None))]:
    print("%-12s" % label, " ".join("TF"[not check(obj)] for check in checks))
c.close()
print([f.__name__ for f in checks])
