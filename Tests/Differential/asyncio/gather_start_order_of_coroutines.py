# gather wraps its coroutine arguments in tasks in argument order, so they start in
# that order; they run only once the caller yields.
import asyncio


async def job(name):
    print("start", name)
    await asyncio.sleep(0)
    print("end", name)
    return name


async def main():
    g = asyncio.gather(job("x"), job("y"), job("z"))
    print("gather created; children named",
          sorted(t.get_name() for t in asyncio.all_tasks() if t is not asyncio.current_task()))
    print(await g)


asyncio.run(main())
