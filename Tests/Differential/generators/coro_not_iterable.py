# A coroutine object is not iterable: list, tuple, sum, iter, for and comprehensions refuse it.
async def foo():
    return 1

c = foo()
attempts = [
    ("list", lambda: list(c)),
    ("tuple", lambda: tuple(c)),
    ("sum", lambda: sum(c)),
    ("iter", lambda: iter(c)),
    ("comprehension", lambda: [i for i in c]),
    ("next", lambda: next(c)),
]
for label, attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print(label, "->", e)
try:
    for i in c:
        pass
except TypeError as e:
    print("for ->", e)
print(hasattr(c, "__next__"), hasattr(c, "__iter__"), hasattr(c, "__await__"))
c.close()
def gen():
    yield
print(hasattr(gen, "__await__"), hasattr(gen(), "__await__"))
