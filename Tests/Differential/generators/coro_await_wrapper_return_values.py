# Return values through __await__: tuples and StopIteration instances arrive unwrapped.
async def tup():
    return (10,)

async def stop():
    return StopIteration(10)

async def none():
    return None

def run(coro):
    aw = coro.__await__()
    try:
        aw.send(None)
    except StopIteration as e:
        return e.args, e.value

for c in (tup(), stop(), none()):
    args, value = run(c)
    print(repr(args), repr(value), type(value).__name__)
    if isinstance(value, StopIteration):
        print("  inner value", value.value)
