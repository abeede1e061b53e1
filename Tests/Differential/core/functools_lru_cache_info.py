# lru_cache: hits, misses, eviction of the least recently used, cache_info().
from functools import lru_cache, cache

calls = []
@lru_cache(maxsize=3)
def double(x):
    calls.append(x)
    return x * 2

for v in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    double(v)
print(calls)
info = double.cache_info()
print(info)
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], info[-1], len(info))
hits, misses, maxsize, currsize = info
print(hits + misses, info == (hits, misses, maxsize, currsize), (2, 7, 3, 3) == info, info != info, info < (2, 8))
print(isinstance(info, tuple), type(info).__name__, info._fields, info._asdict(), list(info))
print(hash(info) == hash(tuple(info)), 3 in info, info[1:3], info.count(3), info.index(7))
try:
    info.hits = 0
except AttributeError as e:
    print(type(e).__name__, e)

double.cache_clear()
print(double.cache_info(), double(10), double.cache_info())
print(double.cache_parameters(), double.__name__, double.__wrapped__(7), double.cache_info())

@lru_cache
def bare(x):
    return -x
print(bare(3), bare(3), bare.cache_info(), bare.cache_parameters())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info(), fib.cache_parameters())

@lru_cache(maxsize=None)
def unbounded(x):
    return x
for i in range(300):
    unbounded(i % 250)
print(unbounded.cache_info())

@lru_cache(maxsize=0)
def never(x):
    return [x]
print(never([1]), never([1]), never.cache_info())

@lru_cache(-5)
def negative(x):
    return x
print(negative(1), negative(1), negative.cache_info(), negative.cache_parameters())

print(type(double).__name__, type(double).__module__, repr(double).startswith("<functools._lru_cache_wrapper object at 0x"))
attrs = vars(double)
print(attrs["__wrapped__"] is double.__wrapped__, attrs["__name__"], attrs["__qualname__"], "cache_parameters" in attrs)
