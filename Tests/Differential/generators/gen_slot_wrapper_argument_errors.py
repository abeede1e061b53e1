# `__iter__`, `__next__`, `__await__`, `__aiter__` and `__anext__` of generators,
# coroutines, async generators and their awaitables are slot wrappers: extra
# arguments give "expected 0 arguments, got N", keywords "wrapper X() takes no
# keyword arguments" — unlike the METH_NOARGS methods such as close().
def gen():
    yield 1

async def coro():
    return 1

async def agen():
    yield 1

a = agen()
c = coro()
objects = [("generator", gen()), ("coroutine", c), ("async_generator", a),
           ("asend", a.__anext__()), ("coroutine_wrapper", c.__await__())]
for label, obj in objects:
    for name in ("__iter__", "__next__", "__await__", "__aiter__", "__anext__", "close"):
        method = getattr(obj, name, None)
        if method is None:
            continue
        for args, kwargs in (((1,), {}), ((1, 2), {}), ((), {"x": 1})):
            try:
                method(*args, **kwargs)
                print(label, name, "accepted")
            except TypeError as e:
                print(label, name, "TypeError:", e)
c.close()
