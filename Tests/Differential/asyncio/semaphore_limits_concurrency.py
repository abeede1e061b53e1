# A Semaphore(2) lets at most two tasks in at a time.
import asyncio


async def download(name, sem, state):
    loop = asyncio.get_running_loop()
    async with sem:
        state["active"] += 1
        state["peak"] = max(state["peak"], state["active"])
        print(f"{loop.time():.1f} {name} starts ({state['active']} active)")
        await asyncio.sleep(1)
        state["active"] -= 1
    print(f"{loop.time():.1f} {name} done")


async def main():
    sem = asyncio.Semaphore(2)
    state = {"active": 0, "peak": 0}
    await asyncio.gather(*(download(f"d{i}", sem, state) for i in range(5)))
    print("peak", state["peak"], "locked", sem.locked())


asyncio.run(main())
