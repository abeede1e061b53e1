# Awaiting through a class whose __await__ returns another coroutine's __await__().
class Wrapper:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        return self.coro.__await__()

class FutureLike:
    def __await__(self):
        return (yield "waiting")

class Marker(Exception):
    pass

async def coro1():
    try:
        return await FutureLike()
    except ZeroDivisionError:
        raise Marker("converted")

async def coro2():
    return await Wrapper(coro1())

c = coro2()
print(c.send(None))
try:
    c.send("spam")
except StopIteration as e:
    print("StopIteration", e.value)

c = coro2()
c.send(None)
try:
    c.throw(ZeroDivisionError)
except Marker as e:
    print("Marker", e, "| context:", type(e.__context__).__name__)
