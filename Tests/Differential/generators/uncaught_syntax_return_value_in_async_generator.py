# Uncaught at compile time: `return` with a value in an async generator is a SyntaxError,
# even when the yield can never run.
print("never printed")

async def agen():
    if 0:
        yield
    return 12

print("never printed either")
