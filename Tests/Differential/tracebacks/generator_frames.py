# Tracebacks through generators: an exception raised inside a generator driven
# by a for loop, by next(), and through a yield from chain, each showing the
# generator frames between the caller and the raise.
def numbers(limit):
    for i in range(limit):
        if i == 2:
            raise RuntimeError("stop at two")
        yield i


def inner():
    yield 1
    yield from numbers(5)


def outer():
    yield from inner()


total = 0
for n in outer():
    total += n
    print("got", n)
print(total)
