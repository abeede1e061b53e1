# return: implicit None, multiple values as tuple, early return.
def implicit():
    x = 1
def explicit_none():
    return None
def bare():
    return
def pair():
    return 1, "two"
def early(n):
    for i in range(10):
        if i == n:
            return f"stopped at {i}"
    return "ran out"
print(implicit(), explicit_none(), bare())
print(pair(), type(pair()).__name__)
a, b = pair()
print(a, b)
print(early(3), early(20))
def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0
print([sign(v) for v in (-3, 0, 9)])
def nested_return():
    def inner():
        return "inner"
    return inner() + "+outer"
print(nested_return())
def returns_function():
    return len
print(returns_function()("abcd"))
def in_while():
    n = 0
    while True:
        n += 1
        if n * n > 50:
            return n
print(in_while())
def returns_list():
    return [1, 2, 3][1:]
print(returns_list())
