# async for inside async with, with and without else, repeated.
log = []

class Manager:
    async def __aenter__(self):
        log.append("enter")
    async def __aexit__(self, *args):
        log.append("exit")

class Iterable:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i > 2:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    for round in range(2):
        async with Manager():
            async for i in Iterable():
                log.append(i)
            else:
                log.append("else")
        log.append("after %d" % round)
    return len(log)

try:
    main().send(None)
except StopIteration as e:
    print(e.value, log)
