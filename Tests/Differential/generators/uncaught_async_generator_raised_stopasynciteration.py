# Uncaught: an async generator that raises StopAsyncIteration itself.
async def agen():
    yield "only item"
    raise StopAsyncIteration

async def main():
    async for item in agen():
        print(item)
    print("not reached")

main().send(None)
