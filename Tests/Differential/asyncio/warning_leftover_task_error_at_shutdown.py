# A leftover task that raises something other than CancelledError while asyncio.run
# cancels it: asyncio.run still returns normally and reports "unhandled exception
# during asyncio.run() shutdown" on stderr (its traceback's last line is compared).
import asyncio


async def sloppy():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("sloppy cancelled, fails while cleaning up")
        raise OSError("cleanup failed")


async def main():
    asyncio.create_task(sloppy())
    await asyncio.sleep(1)
    print("main returns")
    return 0


print("run returned", asyncio.run(main()))
