# Set algebra with operators, comparisons and in-place forms (int elements).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {4}, a > a)
print(a == {4, 3, 2, 1}, a != b, len(a | b))
print(a & set(), a | set(), set() - a)
c = set(a)
c |= {10}
print(c)
c &= {1, 10, 99}
print(c)
c -= {1}
print(c)
c ^= {10, 20}
print(c)
print(sorted(a ^ b, reverse=True))
print({x for x in a if x % 2} | {x * 10 for x in b})
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(evens & threes, sorted(evens - threes))
try:
    print(a + b)
except TypeError as e:
    print(type(e).__name__, e)
