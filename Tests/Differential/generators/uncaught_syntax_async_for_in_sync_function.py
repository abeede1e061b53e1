# Uncaught at compile time: `async for` in a plain function is a SyntaxError, it
# does not make the function a coroutine function; nothing in this file runs.
print("never printed")

class Ticks:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration

def consume():
    async for t in Ticks():
        print(t)

print("never printed either", consume)
