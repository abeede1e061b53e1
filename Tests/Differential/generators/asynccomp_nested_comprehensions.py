# Async comprehensions nested inside other comprehensions and generator expressions.
async def asynciter(iterable):
    for x in iterable:
        yield x

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

async def list_in_list():
    return [[i + j async for i in asynciter([1, 2])] for j in [10, 20]]

async def set_in_list():
    return [{i + j async for i in asynciter([1, 2])} for j in [10, 20]]

async def list_in_set():
    return {sum([i async for i in asynciter(range(j))]) for j in [3, 5]}

async def dict_in_dict():
    return {j: {i: i + j async for i in asynciter([1, 2])} for j in [10, 20]}

async def list_in_gen():
    gen = ([i + j async for i in asynciter([1, 2])] for j in [10, 20])
    return [x async for x in gen]

async def gen_in_list():
    gens = [(i async for i in asynciter(range(j))) for j in [3, 5]]
    return [x for g in gens async for x in g]

async def gen_in_gen():
    gens = ((i async for i in asynciter(range(j))) for j in [3, 5])
    return [x for g in gens async for x in g]

async def three_levels():
    return [[[i + j + k async for i in asynciter([1, 2])] for j in [10, 20]] for k in [100, 200]]

for c in (list_in_list(), set_in_list(), list_in_set(), dict_in_dict(), list_in_gen(),
          gen_in_list(), gen_in_gen(), three_levels()):
    print(run(c))
