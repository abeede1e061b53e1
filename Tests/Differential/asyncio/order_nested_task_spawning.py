# Tasks creating tasks: each new task starts one loop iteration after its creator
# yields, in creation order across the whole loop.
import asyncio


async def node(name, depth, out):
    out.append(name)
    children = []
    if depth > 0:
        for suffix in "ab":
            children.append(asyncio.create_task(node(name + suffix, depth - 1, out)))
    await asyncio.sleep(0)
    out.append(name + "!")
    for c in children:
        await c


async def main():
    out = []
    await node("r", 2, out)
    print(" ".join(out))


asyncio.run(main())
