# A trampoline throws into the coroutine when asked; the error surfaces from the async generator.
class AwaitException(Exception):
    pass

class Request:
    def __init__(self, throw=False):
        self.throw = throw
    def __await__(self):
        yield ("throw",) if self.throw else ("result",)

def run_until_complete(coro):
    exc = False
    while True:
        try:
            fut = coro.throw(AwaitException) if exc else coro.send(None)
        except StopIteration as ex:
            return ex.args[0] if ex.args else None
        exc = fut == ("throw",)

async def gen():
    await Request()
    yield 123
    await Request(throw=True)
    yield 456

async def to_list(agen):
    res = []
    async for i in agen:
        res.append(i)
    return res

try:
    run_until_complete(to_list(gen()))
except AwaitException as e:
    print("AwaitException reached the caller", repr(e))

async def handles():
    try:
        await Request(throw=True)
    except AwaitException:
        yield "handled inside"
print(run_until_complete(to_list(handles())))
