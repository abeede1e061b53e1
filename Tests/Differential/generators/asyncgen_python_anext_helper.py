# A pure-Python anext(iterator[, default]) over async generators and async iterator classes.
_missing = object()

def py_anext(iterator, default=_missing):
    try:
        __anext__ = type(iterator).__anext__
    except AttributeError:
        raise TypeError(f"{iterator!r} is not an async iterator")
    if default is _missing:
        return __anext__(iterator)
    async def anext_impl():
        try:
            return await __anext__(iterator)
        except StopAsyncIteration:
            return default
    return anext_impl()

async def agen():
    yield 1
    yield 2

class MyAsyncIter:
    def __init__(self):
        self.yielded = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.yielded >= 2:
            raise StopAsyncIteration()
        self.yielded += 1
        return self.yielded

async def consume(it):
    results = [await py_anext(it), await py_anext(it), await py_anext(it, "buckle my shoe")]
    try:
        await py_anext(it)
    except StopAsyncIteration:
        results.append("StopAsyncIteration")
    results.append(await py_anext(it, "default"))
    return results

for it in (agen(), MyAsyncIter()):
    try:
        consume(it).send(None)
    except StopIteration as e:
        print(type(it).__name__, e.value)
try:
    py_anext(42)
except TypeError as e:
    print("TypeError", e)
