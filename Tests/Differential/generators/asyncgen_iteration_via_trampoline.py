# An async generator consumed by async for inside a coroutine driven by send(None).
class Pause:
    def __await__(self):
        yield ("pause",)

def run(coro):
    pauses = 0
    while True:
        try:
            coro.send(None)
            pauses += 1
        except StopIteration as e:
            return e.value, pauses

async def gen():
    await Pause()
    a = yield 123
    print("  yield gave", a)
    await Pause()
    yield 456
    await Pause()
    yield 789

async def to_list(agen):
    out = []
    async for item in agen:
        out.append(item)
    return out

print(run(to_list(gen())))

async def numbers(n):
    for i in range(n):
        yield i
print(run(to_list(numbers(4))))
