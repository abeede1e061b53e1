# Ordinary comprehensions inside coroutines, alone and after async ones.
async def gen():
    yield 1
    yield 2

async def f1():
    return [i for i in [1, 2, 3]]

async def f2():
    l = [i async for i in gen()]
    return [i * 10 for i in l]

async def f3():
    xx = {i for i in [3, 1, 2]}
    return {x: x for x in xx}

for c in (f1(), f2(), f3()):
    try:
        c.send(None)
    except StopIteration as e:
        print(e.value)
