# Seed tutorial part 6, four(): two tasks sleeping 3 s and 1 s, gathered; the short
# one finishes first, both results are kept, and the whole takes 3 s.
import time
import asyncio


def four():
    start = time.time()

    async def do_something(name, t):
        print("start !>>", name)
        await asyncio.sleep(t)
        print('Stop coroutine', name)
        return 'Coroutine {} OK'.format(name)

    loop = asyncio.get_event_loop()
    coroutine1 = do_something('wlb', 3)
    coroutine2 = do_something('yyh', 1)
    task1 = loop.create_task(coroutine1)
    task2 = loop.create_task(coroutine2)
    gather = asyncio.gather(task1, task2)
    result = loop.run_until_complete(gather)
    print("task1", task1.result())
    print("task2", task2.result())
    print("result", result)
    end = time.time()
    print("total time:{:.4f}".format(end - start))


four()
