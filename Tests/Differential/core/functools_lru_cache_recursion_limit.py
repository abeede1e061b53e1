# A cached recursive function: each level is a call of the cache wrapper and
# a frame of the function, and both count toward the recursion limit.
from functools import lru_cache

@lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1

def deepest(lo, hi):
    for n in range(lo, hi):
        depth.cache_clear()
        try:
            depth(n)
        except RecursionError as e:
            return n - 1, str(e)
    return None

print(deepest(480, 520))
# Warmed up from below, the same depth needs no deep recursion.
depth.cache_clear()
for n in range(0, 3000, 100):
    depth(n)
print(depth(2999), depth.cache_info().currsize)
