# A plain generator may not `yield from` a coroutine object.
async def bar():
    return 10

coro = bar()

def foo():
    yield from coro

try:
    list(foo())
except TypeError as e:
    print("TypeError", e)
print("coroutine still unstarted:", coro.cr_frame is not None)
coro.close()

def also():
    result = yield from bar_coro
    return result
bar_coro = bar()
g = also()
try:
    next(g)
except TypeError as e:
    print("TypeError", e)
bar_coro.close()
