# Awaits mixed into try/finally of an async generator do not change what it yields.
class Pause:
    def __await__(self):
        yield ("pause",)

def sync_gen():
    try:
        yield 1
    finally:
        yield 2
        1 / 0
        yield 3
    yield 100

async def async_gen():
    try:
        await Pause()
        yield 1
        await Pause()
    finally:
        await Pause()
        yield 2
        1 / 0
        yield 3
    yield 100

def async_iterate(g):
    res = []
    while True:
        an = g.__anext__()
        try:
            while True:
                an.__next__()
        except StopIteration as ex:
            res.append(ex.args[0] if ex.args else "EMPTY")
        except StopAsyncIteration:
            return res + ["STOP"]
        except Exception as ex:
            res.append(type(ex).__name__)

def sync_iterate(g):
    res = []
    while True:
        try:
            res.append(next(g))
        except StopIteration:
            return res + ["STOP"]
        except Exception as ex:
            res.append(type(ex).__name__)

print(sync_iterate(sync_gen()))
print(async_iterate(async_gen()))
