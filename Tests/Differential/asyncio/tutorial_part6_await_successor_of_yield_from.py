# Seed tutorial part 6: `await` is the successor of `yield from`: awaiting a coroutine
# runs it inside the caller (no other task runs in between), and its return value
# becomes the value of the await expression; awaiting a task lets others run.
import asyncio


async def child(name):
    print("child", name, "runs")
    return name.upper()


async def other():
    print("other task runs")


async def delegating():
    loop = asyncio.get_running_loop()
    loop.create_task(other())
    value = await child("a")
    print("got", value, "before the other task")
    task = loop.create_task(child("b"))
    value = await task
    print("got", value, "after the other task")
    return [value]


print(asyncio.run(delegating()))
