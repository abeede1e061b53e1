# An error after a yield comes out of the next __anext__(); the generator is then finished.
class Pause:
    def __await__(self):
        yield ("result",)

async def gen():
    await Pause()
    yield 123
    1 / 0

g = gen()
an = g.__anext__()
print(an.__next__())
try:
    an.__next__()
except StopIteration as ex:
    print("yielded", ex.args[0])
try:
    g.__anext__().__next__()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    g.__anext__().__next__()
except StopAsyncIteration:
    print("StopAsyncIteration afterwards")
print(g.ag_frame)
