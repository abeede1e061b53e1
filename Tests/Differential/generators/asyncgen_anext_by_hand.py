# Driving __anext__() awaitables by hand: awaits pass out, a yield arrives as StopIteration.
class Pause:
    def __await__(self):
        yield ("result",)

async def gen():
    await Pause()
    yield 123
    await Pause()

g = gen()
ai = g.__aiter__()
print(ai is g)
an = ai.__anext__()
print(an.__next__())
try:
    an.__next__()
except StopIteration as ex:
    print("StopIteration args", ex.args, "value", ex.value)

an = ai.__anext__()
print(an.__next__())
try:
    an.__next__()
except StopAsyncIteration as ex:
    print("StopAsyncIteration args", ex.args)
try:
    ai.__anext__().__next__()
except StopAsyncIteration as ex:
    print("again:", repr(ex))
