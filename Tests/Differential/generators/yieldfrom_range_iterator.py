# yield from a plain iterator: next() and send(None) go to its __next__.
def g():
    yield from range(3)
    yield from "ab"
    yield from [[1], (2,)]
    yield from {"k": 1, "j": 2}

print(list(g()))
gi = g()
print([gi.send(None) for _ in range(3)])
print(next(gi), gi.send(None))
print(type(gi.gi_yieldfrom).__name__)

def empty():
    result = yield from ()
    print("empty yield from gave", result)
    yield from []

print(list(empty()))
try:
    next(empty())
except StopIteration:
    print("StopIteration from an empty delegation")
