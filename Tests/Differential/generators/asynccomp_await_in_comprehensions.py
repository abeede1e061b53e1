# await inside list, set and dict comprehensions of a coroutine.
async def f(i):
    return i

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

async def run_list():
    return [await c for c in [f(1), f(41)]]

async def run_set():
    return {await c for c in [f(1), f(41)]}

async def run_dict_keys():
    return {await c: "a" for c in [f(1), f(41)]}

async def run_dict_values():
    return {i: await c for i, c in enumerate([f(1), f(41)])}

async def run_nested():
    return [s for c in [f(""), f("abc"), f(""), f(["de", "fg"])] for s in await c]

async def run_set_nested():
    return {d for c in [f([f([10, 30]), f([20])])] for s in await c for d in await s}

async def run_await_element():
    return {await s for c in [f([f(10), f(20)])] for s in await c}

for coro in (run_list(), run_set(), run_dict_keys(), run_dict_values(), run_nested(),
             run_set_nested(), run_await_element()):
    print(run(coro))
