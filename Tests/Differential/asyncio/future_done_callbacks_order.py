# Done callbacks run in registration order, each scheduled with call_soon when the
# future finishes (not called synchronously); one added to an already finished future
# is scheduled at once, behind the ones already queued.
import asyncio


def cb(label):
    def callback(fut):
        print(f"{label}: {fut.result()!r} at step {steps[0]}")
    return callback


steps = [0]


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for label in ("a", "b", "c"):
        fut.add_done_callback(cb(label))
    fut.set_result("value")
    print("set_result returned; callbacks not run yet")
    fut.add_done_callback(cb("late"))
    loop.call_soon(cb("call_soon after"), fut)
    for i in range(1, 4):
        steps[0] = i
        await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
