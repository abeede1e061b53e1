# A task's _state, done() and cancelled(): PENDING while it runs or waits, then
# FINISHED (result or exception) or CANCELLED.
import asyncio


def show(label, t):
    print(f"{label:10} {t._state:9} done={t.done()} cancelled={t.cancelled()}")


async def ok():
    await asyncio.sleep(0.1)
    return 1


async def bad():
    await asyncio.sleep(0.1)
    raise KeyError("k")


async def main():
    t_ok = asyncio.create_task(ok())
    t_bad = asyncio.create_task(bad())
    t_cancel = asyncio.create_task(ok())
    for label, t in (("ok", t_ok), ("bad", t_bad), ("cancel", t_cancel)):
        show(label, t)
    await asyncio.sleep(0)
    t_cancel.cancel()
    show("cancelling", t_cancel)
    await asyncio.wait([t_ok, t_bad, t_cancel])
    for label, t in (("ok", t_ok), ("bad", t_bad), ("cancel", t_cancel)):
        show(label, t)
    print(t_ok.result(), repr(t_bad.exception()))


asyncio.run(main())
