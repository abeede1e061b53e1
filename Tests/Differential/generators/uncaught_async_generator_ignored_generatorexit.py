# Uncaught: aclose() of an async generator that yields from its finally block.
async def agen():
    try:
        yield 1
    finally:
        yield "from finally"

async def main():
    g = agen()
    print(await g.__anext__())
    await g.aclose()

main().send(None)
