# Seed tutorial part 6, one(): a coroutine run with loop.run_until_complete, timed.
# The tutorial decorates a generator with @asyncio.coroutine (removed in 3.11); the
# `async def` form is the tutorial's own replacement. time.sleep(0.1) stands for I/O.
import time
import asyncio


def one():
    start = time.time()

    async def do_something():
        print("start ------")
        time.sleep(0.1)
        print("doing something")

    loop = asyncio.get_event_loop()
    coroutine = do_something()
    result = loop.run_until_complete(coroutine)
    end = time.time()
    print("消耗时间:{:.4f}".format(end - start))
    print("result:", result)


one()
print("clock after: {:.4f}".format(time.time()))
