# sorted() and reversed() on many iterables, with key= and reverse=.
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("bca"), sorted({2: "x", 1: "y"}))
print(sorted([3, 1, 2], reverse=True), sorted("Hello", key=str.lower))
print(sorted(["aa", "B", "c"], key=len), sorted(["aa", "B", "c"], key=len, reverse=True))
people = [("ann", 31), ("bob", 25), ("cat", 31), ("dan", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(range(10), key=lambda n: n % 3))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
print(list(reversed(range(5))), list(reversed({"a": 1, "b": 2})), list(reversed([])))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
print("".join(reversed("stressed")), tuple(reversed(range(1, 8, 3))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "xyz"[i]
print(list(reversed(Seq())), sorted(Seq(), reverse=True))
print(sorted([0.5, -1, 2, True, False]), sorted([[2, 1], [1, 9], [1, 2]]))
print(sorted(x * x for x in range(-3, 3)))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
