# Uncaught: await on an int.
async def bad():
    print("about to await 1")
    await 1

async def main():
    await bad()

coro = main()
coro.send(None)
