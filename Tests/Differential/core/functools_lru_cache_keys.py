# lru_cache keys: positional vs keyword, keyword order, typed, unhashable
# arguments, exceptions, and bad arguments to lru_cache itself.
from functools import lru_cache, cache

calls = []
@lru_cache(maxsize=None)
def f(*args, **kwargs):
    calls.append((args, kwargs))
    return len(calls)

print(f(1), f(1.0), f(True), f(1), f(a=1), f(a=1.0), f(a=1, b=2), f(b=2, a=1), f(1, b=2))
print(f("s"), f("s"), f((1, 2)), f((1, 2)), f(2 ** 70), f(2 ** 70), f(), f())
print(f.cache_info())

@lru_cache(typed=True)
def g(x, y=0):
    calls.append(x)
    return type(x).__name__
print(g(1), g(1.0), g(True), g(1), g(1, y=0), g(1, 0), g.cache_info())

try:
    f([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(x={})
except TypeError as e:
    print(type(e).__name__, e)
print(f.cache_info())

attempts = []
@cache
def flaky(x):
    attempts.append(x)
    if len(attempts) < 3:
        raise ValueError("attempt %d" % len(attempts))
    return x
for _ in range(4):
    try:
        print(flaky(9))
    except ValueError as e:
        print(type(e).__name__, e)
print(attempts, flaky.cache_info())

for bad in [lambda: lru_cache("x"), lambda: lru_cache(len, typed=1), lambda: lru_cache(1, 2, 3),
            lambda: lru_cache(size=1), lambda: lru_cache()(5), lambda: lru_cache(2.5),
            lambda: cache(), lambda: cache(5), lambda: f.cache_info(1), lambda: f.cache_clear(1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    lru_cache(2 ** 70)(len)
except OverflowError as e:
    print(type(e).__name__, e)
