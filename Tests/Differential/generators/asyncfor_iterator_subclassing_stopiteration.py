# An async iterator that is itself a StopIteration subclass still works in async for.
class Done(Exception):
    pass

class StopIter(StopIteration):
    i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= 2:
            raise StopAsyncIteration
        self.i += 1
        return (self.value, self.i)

result = []
async def foo(it):
    async for item in it:
        result.append(item)
    raise Done("loop finished")

try:
    foo(StopIter(42)).send(None)
except Done as e:
    print("Done", e, result)

async def returns_it():
    it = StopIter("v")
    async for item in it:
        pass
    return it
try:
    returns_it().send(None)
except StopIteration as e:
    print(type(e.value).__name__, e.value.value, e.value.i)
