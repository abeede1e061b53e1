# __anext__ returns an object whose __await__ raises: TypeError with the error as __cause__.
class F:
    def __aiter__(self):
        return self
    def __anext__(self):
        return self
    def __await__(self):
        1 / 0

async def main():
    async for _ in F():
        pass

try:
    main().send(None)
except TypeError as err:
    print("TypeError", err)
    print("cause:", repr(err.__cause__))
    print("context is cause:", err.__context__ is err.__cause__)
