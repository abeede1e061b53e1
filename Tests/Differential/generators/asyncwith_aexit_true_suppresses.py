# __aexit__ returning a true value suppresses the body's exception; it sees type, value, tb.
class Suppress:
    async def __aenter__(self):
        return self
    async def __aexit__(self, typ, val, tb):
        print("  __aexit__:", typ.__name__ if typ else None, repr(val), tb is not None)
        return True

async def foo():
    async with Suppress() as cm:
        print("  cm is a Suppress:", type(cm).__name__)
        raise RuntimeError("swallowed")
    async with Suppress():
        pass
    return "completed"

try:
    foo().send(None)
except StopIteration as e:
    print(e.value)
