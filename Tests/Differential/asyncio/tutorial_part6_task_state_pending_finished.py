# Seed tutorial part 6, two(): a task made with loop.create_task is an asyncio.Task
# whose _state goes PENDING -> FINISHED when run_until_complete runs it.
import time
import asyncio


def two():
    start = time.time()

    async def do_something():
        print("start ------")
        time.sleep(0.1)
        print("doing something")

    loop = asyncio.get_event_loop()
    coroutine = do_something()
    task = loop.create_task(coroutine)
    print("task是不是Task的示例？", isinstance(task, asyncio.Task))
    print("task state", task._state)
    loop.run_until_complete(task)
    print("take state", task._state)
    end = time.time()
    print("消耗时间:{:.4f}".format(end - start))
    print("done:", task.done(), "result:", task.result())


two()
