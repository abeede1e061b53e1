# CPython 3.11's AST optimizer builds a list display used as the iterable of a for
# statement or a comprehension as a tuple: a generator expression's `.0` is then a
# tuple_iterator, and an async comprehension over one reports "got tuple". A
# starred display stays a list; `yield from` and `async for` statements are untouched.
a = 3
for it in [(x for x in [1, 2]), (x for x in [1, a]), (x for x in [*[1], a]), (x for x in (1, 2))]:
    print(type(it.gi_frame.f_locals[".0"]).__name__, list(it))

def delegating():
    yield from [1, 2]
d = delegating()
next(d)
print(type(d.gi_yieldfrom).__name__)

async def comprehension():
    return [x async for x in [1, 2]]

async def statement():
    async for x in [a]:
        pass

async def star():
    return [x async for x in [*[1]]]

for make in (comprehension, statement, star):
    try:
        make().send(None)
    except TypeError as e:
        print(make.__name__, "TypeError:", e)
