# When the main coroutine returns, asyncio.run cancels the task still pending and
# runs it to the end: its `finally` prints, after main's last line.
import asyncio


async def background():
    try:
        print("background starts")
        await asyncio.sleep(10)
        print("never printed")
    finally:
        print("background cleans up at", f"{asyncio.get_running_loop().time():.3f}")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(1)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print("after run")
