# Default reprs of generators, coroutines, async generators and their helper objects.
def gen():
    yield

async def coro():
    pass

async def agen():
    yield

class Holder:
    def method(self):
        yield

objects = [gen(), (i for i in ()), Holder().method(), coro(), agen()]
for obj in objects:
    print(repr(obj))
    print(" ", type(obj).__name__, str(obj) == repr(obj))
objects[3].close()
c = coro()
w = c.__await__()
print(type(w).__name__, repr(w).startswith("<coroutine_wrapper object at 0x"))
w.close()
a = agen()
for helper in (a.__anext__(), a.asend(None), a.athrow(ValueError), a.aclose()):
    print(type(helper).__name__, repr(helper).split(" at ")[0])
print(type(gen), type(coro), type(agen))
