# Sync and async generators with yields in finally produce the same sequence of outcomes.
def sync_gen():
    try:
        yield 1
        1 / 0
    finally:
        yield 2
        yield 3
    yield 100

async def async_gen():
    try:
        yield 1
        1 / 0
    finally:
        yield 2
        yield 3
    yield 100

def sync_iterate(g):
    res = []
    while True:
        try:
            res.append(g.__next__())
        except StopIteration:
            return res + ["STOP"]
        except Exception as ex:
            res.append(type(ex).__name__)

def async_iterate(g):
    res = []
    while True:
        an = g.__anext__()
        try:
            an.__next__()
        except StopIteration as ex:
            res.append(ex.args[0] if ex.args else "EMPTY StopIteration")
        except StopAsyncIteration:
            return res + ["STOP"]
        except Exception as ex:
            res.append(type(ex).__name__)

print(sync_iterate(sync_gen()))
print(async_iterate(async_gen()))
