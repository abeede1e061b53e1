# Callable objects as decorators, and decorators that keep state.
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)
@CountCalls
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.calls, type(add).__name__)
def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
class Prefix:
    def __init__(self, prefix):
        self.prefix = prefix
    def __call__(self, func):
        def wrapped(*args):
            return self.prefix + str(func(*args))
        return wrapped
@Prefix(">> ")
def square(x):
    return x * x
print(square(9))
def trace(func):
    depth = [0]
    def wrapper(n):
        print("  " * depth[0] + f"call {func.__name__}({n})")
        depth[0] += 1
        result = func(n)
        depth[0] -= 1
        return result
    return wrapper
@trace
def countdown(n):
    return 0 if n == 0 else countdown(n - 1) + 1
print(countdown(3))
