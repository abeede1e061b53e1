# Goldens run_until_time, cancellation_shows_who, tasks_table, clock_move_reason:
# timers due by T run and the clock stays at T; a cancel from another task is
# delivered at the victim's next step (its finally runs); exceptions and results.
import asyncio
import time

loop = asyncio.new_event_loop()


async def work(name, t):
    await asyncio.sleep(t)
    return name


async def sleeper():
    try:
        await asyncio.sleep(10)
    finally:
        print(f"[t={loop.time():.3f}] sleeper cleans up")


async def canceller(t):
    await asyncio.sleep(1)
    t.cancel()
    return "done"


async def bad():
    raise ValueError("bad")


async def blocker():
    time.sleep(2)
    print(f"after time.sleep t={loop.time():.3f}")
    await asyncio.sleep(1)


a = loop.create_task(work("a", 1))
b = loop.create_task(work("b", 5))
loop.run_until_complete(asyncio.sleep(2))
print(f"t={loop.time():.3f}", a._state, a.result(), b._state)
loop.run_until_complete(b)
print(f"t={loop.time():.3f}", b.result())
s = loop.create_task(sleeper())
c = loop.create_task(canceller(s))
loop.run_until_complete(asyncio.wait([s, c]))
print(s._state, s.cancelled(), c.result())
e = loop.create_task(bad())
loop.run_until_complete(asyncio.wait([e]))
print(e._state, repr(e.exception()))
start = loop.time()
loop.run_until_complete(blocker())
print(f"blocker took {loop.time() - start:.3f}")
loop.call_later(5, lambda: print(f"ring t={loop.time() - start:.3f}"))
loop.run_until_complete(asyncio.sleep(6))
loop.close()
