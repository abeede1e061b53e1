# cr_await shows what a suspended coroutine awaits, down the chain; None while running.
import inspect

class Pause:
    def __await__(self):
        print("  running: b is", inspect.getcoroutinestate(coro_b), "cr_await", coro_b.cr_await)
        yield "pause"
        print("  resumed: b is", inspect.getcoroutinestate(coro_b), "cr_await", coro_b.cr_await)

async def c():
    await Pause()

async def b():
    print("  b starts, cr_await", coro_b.cr_await)
    await c()
    print("  b ends, cr_await", coro_b.cr_await)
    return "b done"

coro_b = b()
print(inspect.getcoroutinestate(coro_b), coro_b.cr_await)
print(coro_b.send(None))
print(inspect.getcoroutinestate(coro_b))
inner = coro_b.cr_await
print(type(inner).__name__, inner.__name__, type(inner.cr_await).__name__)
print(inner.cr_await.gi_code.co_name)
try:
    coro_b.send(None)
except StopIteration as e:
    print(e.value, inspect.getcoroutinestate(coro_b), coro_b.cr_await)
