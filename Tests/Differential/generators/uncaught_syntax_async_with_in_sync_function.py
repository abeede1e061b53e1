# Uncaught at compile time: `async with` in a plain function is a SyntaxError, it
# does not make the function a coroutine function; nothing in this file runs.
print("never printed")

class Guard:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        return False

def use():
    async with Guard():
        print("inside")

print("never printed either", use)
