# __await__ must return an iterator that is not a coroutine.
class ReturnsNone:
    def __await__(self):
        return None

class ReturnsSelf:
    def __await__(self):
        return self

class ReturnsList:
    def __await__(self):
        return [1, 2]

async def coro():
    return "spam"
c = coro()

class ReturnsCoroutine:
    def __await__(self):
        return c

async def foo(aw):
    return await aw

for aw in (ReturnsNone(), ReturnsSelf(), ReturnsList(), ReturnsCoroutine()):
    try:
        foo(aw).send(None)
    except TypeError as e:
        print(type(aw).__name__, "->", e)
c.close()
