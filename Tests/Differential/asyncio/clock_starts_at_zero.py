# The virtual clock starts at 0.0: time.time, time.monotonic, time.perf_counter and
# loop.time all read it, and only sleeping moves it.
import asyncio
import time


def show(label, loop=None):
    values = [time.time(), time.monotonic(), time.perf_counter()]
    if loop is not None:
        values.append(loop.time())
    print(label, " ".join(f"{v:.3f}" for v in values))


show("start")
for i in range(1000):
    pass
show("after a loop")


async def main():
    loop = asyncio.get_running_loop()
    show("in main", loop)
    await asyncio.sleep(1.25)
    show("after sleep", loop)


asyncio.run(main())
show("after run")
