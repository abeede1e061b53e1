# Calls with positional, keyword, *args and **kwargs in every combination.
def show(a, b=2, *args, c=3, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"
print(show(1))
print(show(1, 5))
print(show(1, 5, 6, 7))
print(show(a=1, b=5))
print(show(1, c=30, z=9))
print(show(*[1, 2, 3]))
print(show(*(1,), **{"d": 40}))
print(show(1, *[2, 3], *(4,), c=5, **{"x": 1}, **{"y": 2}))
print(show(**{"a": "A", "b": "B", "c": "C", "extra": True}))
print(show(1, 2, *range(3), d=0, c=9))
args = [10, 20]
kwargs = {"c": "kw"}
print(show(*args, **kwargs))
print(max(*[3, 9, 2]), print(*["p", "q"], sep="-"), "x")
def kw_only(*, key):
    return key
print(kw_only(key="k"), kw_only(**{"key": "kk"}))
def total(*nums):
    return sum(nums)
print(total(), total(1), total(*range(5)), total(1, *[2, 3], 4))
try:
    show(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
