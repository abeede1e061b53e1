# async for error messages: no __aiter__, no __anext__, __anext__ result not awaitable.
class NoAnext:
    def __aiter__(self):
        return self

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return ()

class AiterRaises:
    def __aiter__(self):
        1 / 0

async def loop(obj):
    count = 0
    async for i in obj:
        count += 1
    return count

for obj in ((1, 2, 3), [1], NoAnext(), BadAnext(), AiterRaises(), None):
    try:
        loop(obj).send(None)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
