# Yielded tuples and StopIteration objects come back intact inside StopIteration.args[0].
async def foo():
    try:
        yield (1,)
    except ZeroDivisionError:
        yield (2,)

async def bar():
    try:
        yield StopIteration(1)
    except ZeroDivisionError:
        yield StopIteration(3)

def first(awaitable, throw=None):
    try:
        if throw:
            awaitable.throw(throw)
        else:
            awaitable.send(None)
    except StopIteration as e:
        return e.args[0]
    except StopAsyncIteration:
        return "StopAsyncIteration"

for make in (foo, bar):
    it = make()
    v = first(it.__anext__())
    print(repr(v), type(v).__name__)
    v = first(it.__anext__(), ZeroDivisionError)
    print(repr(v), getattr(v, "value", None))
    print(first(it.__anext__()))
    g = make()
    first(g.asend(None))
    v = first(g.athrow(ZeroDivisionError))
    print("athrow:", repr(v))
