# lru_cache while the cached function re-enters it: clearing the cache during a
# call, caching the same key recursively, and keys whose __eq__ is watched.
from functools import lru_cache

log = []
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        log.append("hash%d" % self.v)
        return 7
    def __eq__(self, other):
        log.append("eq%d=%d" % (self.v, other.v))
        return self.v == other.v

@lru_cache(maxsize=2)
def value(k):
    return k.v
keys = [Key(1), Key(2), Key(3)]
for k in [keys[0], keys[1], keys[0], keys[2], Key(1), keys[1]]:
    value(k)
print(log)
print(value.cache_info())

@lru_cache(maxsize=2)
def clearing(n):
    if n == 3:
        clearing.cache_clear()
    return n * 10
print([clearing(i) for i in [1, 2, 3, 4, 1, 4]], clearing.cache_info())

@lru_cache(maxsize=3)
def tree(n):
    return n if n < 2 else tree(n - 1) + tree(n - 2)
print(tree(12), tree.cache_info())

# The same key cached by an inner call: a bounded cache keeps the inner result,
# an unbounded one takes the outer.
for size in [2, None]:
    entered = []
    @lru_cache(maxsize=size)
    def again(n):
        entered.append(n)
        mine = len(entered)
        if mine < 3:
            again(n)
        return mine
    print(size, again(5), again(5), again.cache_info())
