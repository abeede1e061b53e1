# in / not in over every container kind; is / is not.
print(2 in [1, 2, 3], 4 not in (1, 2), "b" in {"a": 1, "b": 2}, 1 in {1: "x"})
print("ell" in "hello", "" in "", 3 in range(5), 5 in range(5), 4 in range(0, 10, 2))
print(3 in {3, 4}, [1] in [[1], [2]], (1, 2) in [(1, 2)], 1.0 in [1], True in [1])
print(not 2 in [1], not (2 in [1]), 2 not in [1])
print(1 in range(10 ** 20), 10 ** 20 in range(10 ** 20), -1 in range(-5, 0))
nan = float("nan")
values = [nan]
print(nan in values, nan == nan)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c, b is not a)
print(None is None, type(None) is type(None), type(1) is int, type(True) is not int)
x = None
print(x is None, x is not None, not x is None)
e = ()
print(e == (), len(e) == 0)
big = 10 ** 30
print(big in [10 ** 30], big in {10 ** 30: 1})
s = "abc"
print([ch in "aeiou" for ch in s])
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] in {1: 1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
