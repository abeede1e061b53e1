# iter() and next(): exhaustion, defaults, and StopIteration.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value, e.args)
s = iter("ab")
print(next(s), list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
r = iter(range(3))
print(iter(r) is r, list(r))
t = iter((5,))
print(next(t), next(t, "empty"))
nums = [10, 20, 30]
it1 = iter(nums)
it2 = iter(nums)
print(next(it1), next(it1), next(it2))
nums.append(40)
print(list(it1))
m = map(str, [1, 2])
print(next(m), next(m), next(m, "map exhausted"))
z = zip([1, 2], "ab")
print(next(z), list(z))
e = enumerate("xy")
print(next(e), next(e), next(e, -1))
try:
    raise StopIteration("payload")
except StopIteration as e:
    print(e.value, e)
