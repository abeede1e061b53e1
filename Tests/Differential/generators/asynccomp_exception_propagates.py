# An exception from the async generator escapes the async comprehension with the items lost.
async def f():
    yield 1
    yield 2
    raise Exception("aaa")

async def run_list():
    return [i async for i in f()]

try:
    run_list().send(None)
except Exception as e:
    print(type(e).__name__, e)

async def partial():
    out = []
    try:
        async for i in f():
            out.append(i)
    except Exception as e:
        out.append(str(e))
    return out
try:
    partial().send(None)
except StopIteration as e:
    print(e.value)
