# enumerate with start; zip of several, unequal and empty iterables.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)))
for i, (a, b) in enumerate(zip("xy", [10, 20]), start=100):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([])), list(zip("a")))
print(list(zip(range(3), range(10, 13), range(20, 23))))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)])
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print(dict(zip(keys, vals)), dict(enumerate(keys)))
names, ages = zip(*[("ann", 3), ("bob", 4)])
print(names, ages)
e = enumerate([7, 8])
print(next(e), list(e))
z = zip("abc", range(100))
print(list(z), list(z))
print([i * v for i, v in enumerate([5, 5, 5])])
print(type(enumerate([])).__name__, type(zip()).__name__)
pairs = list(zip(*[iter(range(6))] * 2))
print(pairs)
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
