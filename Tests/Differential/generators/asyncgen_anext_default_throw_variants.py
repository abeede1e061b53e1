# More throws through an anext-with-default await iterator, with a two-step awaitable.
class MyError(Exception):
    pass

class TwoStep:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield self.v * 10
        return (yield self.v * 10 + 1)

def anext_default(iterator, default):
    async def impl():
        try:
            return await iterator.__anext__()
        except StopAsyncIteration:
            return default
    return impl().__await__()

async def retries():
    try:
        await TwoStep(1)
    except MyError:
        await TwoStep(2)
    return
    yield

async def returns_on_error():
    try:
        await TwoStep(1)
    except MyError:
        return
    yield "aaa"

async def unprotected():
    await TwoStep(1)
    yield "aaa"

g = anext_default(retries(), "default")
print(g.send(None), g.throw(MyError, MyError(), None))
try:
    g.throw(MyError, MyError("val"), None)
except MyError as e:
    print("MyError", e)
g = anext_default(returns_on_error(), "default")
print(g.send(None))
try:
    g.throw(MyError, MyError(), None)
except StopIteration as e:
    print("StopIteration", e.value)
g = anext_default(unprotected(), "default")
try:
    g.throw(MyError, MyError(), None)
except MyError:
    print("MyError thrown before the first step")
