# throw() on an __anext__() awaitable raises inside the async generator at its yield.
async def foo():
    yield 1
    try:
        yield 2
        yield 3
    except ZeroDivisionError:
        yield 1000
    yield 4

def value(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as ex:
        return ex.args[0]
    except StopAsyncIteration:
        return "StopAsyncIteration"

it = foo().__aiter__()
print(value(it.__anext__()), value(it.__anext__()))
try:
    it.__anext__().throw(ZeroDivisionError)
except StopIteration as ex:
    print("throw gave", ex.args[0])
print(value(it.__anext__()), value(it.__anext__()), value(it.__anext__()))

it2 = foo()
value(it2.__anext__())
try:
    it2.__anext__().throw(KeyError("unhandled"))
except KeyError as e:
    print("KeyError", e)
print(value(it2.__anext__()))
