# athrow(GeneratorExit()) into a suspended async generator behaves like throw() into a sync one.
def sync_inner():
    yield 10
    yield 20

def sync_wrapper():
    yield 1
    sg = sync_inner()
    sg.send(None)
    try:
        sg.throw(GeneratorExit())
    except GeneratorExit:
        yield 2
    yield 3

async def async_inner():
    yield 10
    yield 20

async def async_wrapper():
    yield 1
    asg = async_inner()
    await asg.asend(None)
    try:
        await asg.athrow(GeneratorExit())
    except GeneratorExit:
        yield 2
    yield 3

def async_iterate(g):
    res = []
    while True:
        try:
            g.__anext__().__next__()
        except StopIteration as ex:
            res.append(ex.args[0])
        except StopAsyncIteration:
            return res + ["STOP"]

print(list(sync_wrapper()) + ["STOP"])
print(async_iterate(async_wrapper()))
