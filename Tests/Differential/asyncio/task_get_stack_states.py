# Task.get_stack(): the coroutine's frame while the task has one — before its first
# step too — and an empty list once it has finished with a result or been
# cancelled. The private counters of the C Task are not attributes.
import asyncio


async def worker():
    await asyncio.sleep(1)
    return "ok"


def stack_names(task):
    return [frame.f_code.co_name for frame in task.get_stack()]


async def main():
    task = asyncio.create_task(worker())
    print("created:", stack_names(task))
    await asyncio.sleep(0)
    print("suspended:", stack_names(task), len(task.get_stack(limit=1)))
    print(await task, stack_names(task))
    other = asyncio.create_task(worker())
    await asyncio.sleep(0)
    other.cancel()
    await asyncio.sleep(0)
    print("cancelled:", other.cancelled(), stack_names(other))
    try:
        task._num_cancels_requested
    except AttributeError:
        print("no _num_cancels_requested")
    print(task._must_cancel, task._fut_waiter, task._log_destroy_pending)


asyncio.run(main())
