# StopAsyncIteration raised while unpacking the loop target is not the end of the loop.
class BadIterable:
    def __iter__(self):
        raise StopAsyncIteration(42)

async def badpairs():
    yield BadIterable()

async def run_for():
    try:
        async for i, j in badpairs():
            pass
    except StopAsyncIteration as e:
        return "escaped from the loop: %r" % (e.args,)
    return "loop ended quietly"

async def run_list():
    try:
        return [0 async for i, j in badpairs()]
    except StopAsyncIteration as e:
        return "escaped from the comprehension: %r" % (e.args,)

async def run_gen():
    gen = (0 async for i, j in badpairs())
    try:
        await gen.asend(None)
    except RuntimeError as e:
        return "async genexpr: %s, cause %r" % (e, e.__cause__)

for c in (run_for(), run_list(), run_gen()):
    try:
        c.send(None)
    except StopIteration as e:
        print(e.value)
