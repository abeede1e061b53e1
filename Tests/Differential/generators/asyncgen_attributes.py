# Async generator attributes: names, ag_await, ag_frame, ag_running, ag_code; aclose() is awaitable.
import inspect

class Pause:
    def __await__(self):
        yield "pause"

async def gen():
    await Pause()
    yield 123

g = gen()
print(g.__name__, g.__qualname__, g.ag_code.co_name)
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__, g.ag_code.co_name)
print(g.ag_await, type(g.ag_frame).__name__, g.ag_running)
print(inspect.isawaitable(g.aclose()), inspect.isawaitable(g.__anext__()))
an = g.__anext__()
print(an.send(None))
print(type(g.ag_await).__name__, g.ag_running)
try:
    an.send(None)
except StopIteration as e:
    print("yielded", e.value, g.ag_await, g.ag_running)
print(g.ag_frame.f_lineno)
def outer():
    async def inner():
        yield
    return inner()
print(outer().__qualname__)
