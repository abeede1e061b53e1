# A coroutine object dropped without ever being started: CPython's RuntimeWarning on stderr
# (compared by its last line). Closed or started coroutines give no warning.
async def job(n):
    return n * 2

started = job(1)
try:
    started.send(None)
except StopIteration as e:
    print("started one returned", e.value)

closed = job(2)
closed.close()
print("closed one dropped quietly")
closed = None

forgotten = job(3)
print("dropping the forgotten one")
forgotten = None
print("after the drop")
