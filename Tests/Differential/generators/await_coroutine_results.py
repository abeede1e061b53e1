# await on coroutines: results flow back, in expressions of every shape.
async def bar():
    return 42

def wrap():
    return bar

async def baz():
    return bar()

async def foo():
    table = {"b": lambda: wrap}
    class DB:
        b = wrap
    return (await bar() + await wrap()() + await table["b"]()()() +
            await bar() * 1000 + await DB.b()())

async def negate():
    return -await bar()

async def twice():
    return await (await baz())

def ident(val):
    return val

async def in_call():
    return ident(val=await bar()), [await bar(), "x"], (await bar(), "ham")

for c in (foo(), negate(), twice(), in_call()):
    try:
        c.send(None)
    except StopIteration as e:
        print(e.value)
