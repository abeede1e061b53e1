# sum with start; min and max with key, default and several arguments.
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 3), sum(range(5), start=100))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, 3]))
print(sum([1, 2.5]), sum([2 ** 64, 2 ** 64]), sum(x * x for x in range(4)))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", "c"))
print(min([3, -5, 2], key=abs), max(["aa", "b", "cccc"], key=len))
print(max(["x", "yy", "zz"], key=len), min(["x", "yy", "z"], key=len))
print(min([], default="empty"), max([], default=None), max([1], default=0))
print(max([], key=len, default="no items"), min((), default=-1))
print(max(1, 2.5, True), min(0, False), max(False, 0), max([1, 1.0]), max([1.0, 1]))
people = {"ann": 31, "bob": 25, "cat": 40}
print(max(people, key=people.get), min(people.items(), key=lambda kv: kv[1]))
print(max((1, "b"), (1, "a")), min([[2], [1, 5], [1]]))
print(max(range(10), key=lambda n: -abs(n - 4)))
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
