# __await__ written as a generator: its yields pass out, its return value is the result.
class Awaitable:
    def __await__(self):
        got = yield 42
        print("  __await__ received", got)
        return 100

class FromList:
    def __init__(self, items):
        self.items = items
    def __await__(self):
        yield from self.items

class IterList:
    def __await__(self):
        return iter([52, 53])

async def foo():
    a = await Awaitable()
    b = await FromList(["x", "y"])
    c = await IterList()
    return a, b, c

def run(coro):
    out = []
    try:
        while True:
            out.append(coro.send("sent once" if len(out) == 1 else None))
    except StopIteration as e:
        return out, e.value

print(run(foo()))
