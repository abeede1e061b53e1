# A task made with create_task does not start until the creating coroutine yields to
# the loop; it then runs before the creator resumes from sleep(0).
import asyncio


async def child(name):
    print("child", name, "starts")
    await asyncio.sleep(0)
    print("child", name, "ends")


async def main():
    print("main creates")
    t1 = asyncio.create_task(child("one"))
    t2 = asyncio.create_task(child("two"))
    print("main keeps running; started?", t1.done(), t2.done())
    for i in range(3):
        print("main computes", i)
    await asyncio.sleep(0)
    print("main resumes")
    await t1
    await t2
    print("main ends")


asyncio.run(main())
