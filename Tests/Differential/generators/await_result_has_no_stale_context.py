# An exception object returned through await does not pick up the awaiting handler's exception.
async def f():
    return ValueError("returned, not raised")

async def g():
    try:
        raise KeyError("being handled")
    except:
        return await f()

try:
    g().send(None)
except StopIteration as e:
    result = e.value
print(repr(result), result.__context__)

async def h():
    try:
        raise KeyError
    except KeyError:
        err = await f()
    raise err
try:
    h().send(None)
except ValueError as e:
    print("raised later:", repr(e), "context", repr(e.__context__))
