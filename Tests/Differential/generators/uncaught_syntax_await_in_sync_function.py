# Uncaught at compile time: `await` in a plain (or nested plain) function is
# "'await' outside async function" — not "outside function", which is for module
# and class level — so nothing in this file runs.
print("never printed")

async def fetch():
    return 1

async def outer():
    def helper():
        return await fetch()
    return helper()

print("never printed either")
