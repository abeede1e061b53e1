# Throwing into the await iterator of an anext-with-default coroutine: caught, re-raised, default.
class MyError(Exception):
    pass

class AsyncYield:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return (yield self.v)

async def agenfn():
    try:
        await AsyncYield(1)
    except MyError:
        await AsyncYield(2)
    return
    yield

def anext_default(iterator, default):
    async def impl():
        try:
            return await type(iterator).__anext__(iterator)
        except StopAsyncIteration:
            return default
    return impl()

g = anext_default(agenfn(), "default").__await__()
print(g.send(None), g.throw(MyError, MyError(), None))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)

g = anext_default(agenfn(), "default").__await__()
print(g.send(None), g.throw(MyError, MyError(), None))
try:
    g.throw(MyError, MyError("again"), None)
except MyError as e:
    print("MyError", e)

g = anext_default(agenfn(), "default").__await__()
print(g.send(None))
g.close()
try:
    g.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
