# tee: independent iterators over one; compress: data picked by selectors.
from itertools import tee, compress

log = []
def source():
    for i in range(5):
        log.append(i)
        yield i

a, b = tee(source())
print(log, next(a), next(a), log)
print(list(b), log, list(a))

x, y, z = tee("abc", 3)
print(next(z), list(x), list(z), list(y))
print(tee([1, 2], 0), len(tee([1, 2])), type(tee(())))

# A tee of a tee copies it: the first result is the argument itself.
p, q = tee(iter(range(130)))
next(p)
r, s = tee(p)
print(r is p, next(r), next(s), sum(q), sum(r), sum(s))
c = q.__copy__()
print(list(c), type(c).__name__, repr(c).startswith("<itertools._tee object at 0x"))

# n=0 does not even ask for an iterator.
print(tee(5, 0))
for bad in [lambda: tee(), lambda: tee([1], -1), lambda: tee(5), lambda: tee([1], n=2),
            lambda: tee([1], 2, 3), lambda: tee([1], 1.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def reentrant():
    yield 1
    yield next(t1)
t1, t2 = tee(reentrant())
try:
    list(t1)
except RuntimeError as e:
    print(type(e).__name__, e)

print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), [True, False] * 3)))
print(list(compress(data=[1, 2, 3], selectors=iter([0, "x", []]))))
taken = []
def picks():
    for s in [1, 0, 1]:
        taken.append(s)
        yield s
print(list(compress(iter("ab"), picks())), taken)
for bad in [lambda: compress([1]), lambda: compress(1, []), lambda: compress([], 1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
