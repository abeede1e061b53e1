# combinations_with_replacement: sorted r-tuples that may repeat items.
from itertools import combinations_with_replacement as cwr

print(list(cwr("abc", 2)))
print(list(cwr(range(3), 3)))
print(list(cwr([1, 2], 0)), list(cwr([], 0)), list(cwr([], 2)))
print(len(list(cwr(range(5), 3))), list(cwr("x", 4)))
print(list(cwr(r=2, iterable=[10, 20])))
print(list(cwr("aa", 2)))

# The pool is read when the object is made; tuples come one at a time.
pool = [1, 2]
it = cwr(pool, 2)
pool.append(3)
print(next(it), next(it), list(it), list(it))
print(type(it).__name__, repr(it).startswith("<itertools.combinations_with_replacement object at 0x"))

gen_items = []
def gen():
    for c in "pq":
        gen_items.append(c)
        yield c
it = cwr(gen(), 1)
print(gen_items, list(it))

for bad in [lambda: cwr("ab"), lambda: cwr("ab", -1), lambda: cwr("ab", 1.0),
            lambda: cwr(5, 2), lambda: cwr("ab", 2, 3), lambda: cwr("ab", r=1, k=2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
