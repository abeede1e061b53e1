# send(None) and next() into a generator delegate: both arrive as None.
def inner():
    got = []
    for _ in range(3):
        got.append((yield len(got)))
    return got

def outer():
    result = yield from inner()
    print("inner received", result)

g = outer()
print(g.send(None))
print(next(g))
print(g.send("x"))
try:
    g.send(None)
except StopIteration:
    print("done")
