# Uncaught: an error in a subgenerator travels through yield from to the top level.
def inner():
    yield 1
    yield 2 // 0

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

for v in outer():
    print("got", v)
