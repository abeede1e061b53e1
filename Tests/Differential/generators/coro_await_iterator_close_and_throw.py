# close() and throw(type, None, None) on a coroutine's __await__ iterator reach the awaited generator.
counter = {"N": 0}

class Squares:
    def __await__(self):
        try:
            a = yield
            yield a ** 2
        except ZeroDivisionError:
            counter["N"] += 100
            raise
        finally:
            counter["N"] += 1

async def foo():
    await Squares()

aw = foo().__await__()
print(aw is iter(aw))
next(aw)
print(aw.send(10))
print(counter)
aw.close()
print(counter)

aw = foo().__await__()
next(aw)
try:
    aw.throw(ZeroDivisionError, None, None)
except ZeroDivisionError as e:
    print("ZeroDivisionError", repr(e))
print(counter)
