# inspect.getcoroutinestate from CREATED to CLOSED, RUNNING seen from inside.
import inspect

class Pause:
    def __await__(self):
        yield "paused"

async def work():
    print("  inside:", inspect.getcoroutinestate(c))
    await Pause()
    return "result"

c = work()
print(inspect.getcoroutinestate(c))
print(c.send(None), inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, inspect.getcoroutinestate(c))
print(inspect.CORO_CREATED, inspect.CORO_RUNNING, inspect.CORO_SUSPENDED, inspect.CORO_CLOSED)
d = work()
d.close()
print("closed unstarted:", inspect.getcoroutinestate(d))
e = work()
e.send(None)
e.close()
print("closed suspended:", inspect.getcoroutinestate(e))
try:
    inspect.getcoroutinestate((x for x in ()))
except AttributeError as err:
    print("AttributeError", err)
