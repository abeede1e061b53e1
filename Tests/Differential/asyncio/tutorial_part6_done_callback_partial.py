# Seed tutorial part 6, three(): add_done_callback with functools.partial; the
# callback gets the name first and the finished task last.
import functools
import time
import asyncio


def three():
    start = time.time()

    async def do_something():
        print("start doing")
        time.sleep(0.1)
        print("done")

    def callback(name, task):
        print("call back:{}".format(name))
        print("call back:{}".format(task._state))

    loop = asyncio.get_event_loop()
    coroutine = do_something()
    task = loop.create_task(coroutine)
    task.add_done_callback(functools.partial(callback, 'vllbc'))
    loop.run_until_complete(task)
    end = time.time()
    print("total time {:.4f}".format(end - start))


three()
