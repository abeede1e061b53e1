# total_ordering fills in the missing comparisons from one; cmp_to_key turns a
# three-way comparison into a key.
from functools import total_ordering, cmp_to_key

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, Version) and self.n == other.n
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n

a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= b, b <= b, b > b)
print(Version.__ge__.__name__, Version.__ge__.__qualname__, Version.__le__.__doc__)
print(sorted(v.n for v in [Version(3), a, b]), max([a, b]).n)
try:
    a >= 5
except TypeError as e:
    print(type(e).__name__, e)

for root in ["__le__", "__gt__", "__ge__"]:
    cls = total_ordering(type("By" + root, (), {root: lambda s, o, r=root: getattr(s.k, r)(o.k),
                                                  "__init__": lambda s, k: setattr(s, "k", k)}))
    x, y = cls(1), cls(2)
    print(cls.__name__, x < y, x <= y, x > y, x >= y, y > x, x <= x)
try:
    total_ordering(type("Plain", (), {}))
except ValueError as e:
    print(type(e).__name__, e)

def by_length(s, t):
    return len(s) - len(t)
words = ["ccc", "a", "bb", "dd", "e"]
print(sorted(words, key=cmp_to_key(by_length)), min(words, key=cmp_to_key(by_length)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda p, q: q - p)))
K = cmp_to_key(by_length)
k1, k2 = K("xy"), K(obj="z")
print(k1 > k2, k1 == K("ab"), k1 != K("ab"), k1.obj, K.obj, type(k1).__name__, type(k1).__module__)
k2.obj = "long"
print(k1 < k2)
for bad in [lambda: k1 < "xy", lambda: K < k1, lambda: K(), lambda: K(1, 2), lambda: cmp_to_key(),
            lambda: type(k1)(by_length), lambda: K(1) < K(2) < K("s")]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
