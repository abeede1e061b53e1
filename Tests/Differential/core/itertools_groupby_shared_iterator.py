# groupby: runs of equal keys, one underlying iterator shared by the groups.
from itertools import groupby

print([(k, "".join(g)) for k, g in groupby("aaabccddda")])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda n: n // 4)])
print([k for k, _ in groupby([1, 1.0, True, 2, 2.0])])
print(list(groupby([])))

# Advancing the groupby object invalidates the previous group.
gb = groupby("xxxyyz")
key1, group1 = next(gb)
print(key1, next(group1))
key2, group2 = next(gb)
print(key2, list(group1), list(group2))
print([(k, list(g)) for k, g in gb])

# Saving the groups first leaves them all empty but the last.
saved = list(groupby("aabbc"))
print([(k, list(g)) for k, g in saved])

# The key function runs once per item, lazily.
seen = []
def key(item):
    seen.append(item)
    return item % 3
gb = groupby(iter([3, 6, 1, 4, 7, 2]), key)
print(seen)
k, g = next(gb)
print(k, seen, next(g), seen)
print(list(g), seen)
k, g = next(gb)
print(k, list(g), seen)

# A group read after the groupby moved on is empty, even if not exhausted.
numbers = iter(range(8))
gb = groupby(numbers, lambda n: n < 4)
first = next(gb)[1]
print(next(first), next(gb)[0], list(first), next(numbers))

print(type(gb).__name__, type(first).__name__, type(first).__module__)
print(repr(gb).startswith("<itertools.groupby object at 0x"))
for bad in [lambda: groupby(), lambda: groupby(5), lambda: groupby([], None, 1),
            lambda: groupby([], keyfunc=len), lambda: list(groupby([1, "a"], key=abs))]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
k, g = next(groupby(iterable=[4, 4, 5], key=None))
print(k, list(g))
