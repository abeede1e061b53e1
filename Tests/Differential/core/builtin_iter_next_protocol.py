# iter() and next() with built-in containers, defaults and exhaustion.
data = [10, 20, 30]
it = iter(data)
print(next(it), next(it))
for rest in it:
    print("rest", rest)
print(next(it, "exhausted"), next(iter([]), "empty"))
print(list(iter("ab")), list(iter((1,))), list(iter({})), list(iter(range(2))), list(iter({1})))
print(iter(it) is it, next(iter([None])))
pairs = iter({"a": 1, "b": 2}.items())
print(next(pairs), next(pairs))
chars = iter("xyz")
first = next(chars)
print(first, "".join(chars))
def take(n, iterable):
    it = iter(iterable)
    out = []
    for _ in range(n):
        out.append(next(it))
    return out
print(take(2, "hello"), take(3, range(100)))
try:
    take(5, [1, 2])
except StopIteration as e:
    print(type(e).__name__, repr(e))
itr = iter([1, 2, 3])
print(list(zip(itr, itr)), list(itr))
try:
    next("not an iterator")
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(None)
except TypeError as e:
    print(type(e).__name__, e)
