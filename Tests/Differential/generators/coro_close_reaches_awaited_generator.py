# close() on a coroutine delivers GeneratorExit down to the generator-based awaitable.
state = {"closed": 0}

class TwoStep:
    def __await__(self):
        yield "step 1"
        try:
            yield "step 2"
        except GeneratorExit:
            state["closed"] += 1
            print("  awaitable saw GeneratorExit")
            raise

async def coroutine():
    try:
        await TwoStep()
    finally:
        print("  coroutine finally")

coro = coroutine()
print(coro.send(None), coro.send(None))
print(state)
coro.close()
print(state)
for _ in range(3):
    coro.close()
print(state, coro.cr_frame)
