# async for in list, set, dict and generator comprehensions, with conditions.
async def f(it):
    for i in it:
        yield i

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

async def run_list():
    return [i + 1 async for i in f([10, 20])]

async def run_set():
    return {i + 1 async for i in f([10, 20]) if i > 10}

async def run_dict():
    return {i + 10: i + 100 async for i in f(range(5)) if 0 < i < 4}

async def run_gen():
    gen = (i + 1 async for i in f([10, 20]))
    return [g + 100 async for g in gen]

async def run_gen_filtered():
    gen = (i + 10 async for i in f(range(5)) if 0 < i < 4)
    return [g + 100 async for g in gen]

async def run_mixed():
    return [i + 1 for pair in ([10, 20], [30, 40]) if pair[0] > 10
            async for i in f(pair) if i > 30]

async def run_async_outer():
    return [i + 1 async for seq in f([(10, 20), (30,)]) for i in seq]

for coro in (run_list(), run_set(), run_dict(), run_gen(), run_gen_filtered(),
             run_mixed(), run_async_outer()):
    print(run(coro))
