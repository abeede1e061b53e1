# Uncaught at compile time: `yield from` inside an async function is a SyntaxError,
# so nothing in this file runs.
print("never printed")

def sub():
    yield 1

async def agen():
    await something()
    yield from sub()

print("never printed either")
