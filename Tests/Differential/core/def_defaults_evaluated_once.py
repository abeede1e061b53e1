# Default values are evaluated once, at def time.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
base = 10
def scaled(x, factor=base):
    return x * factor
base = 20
print(scaled(2), scaled(2, base))
calls = []
def noisy(v):
    calls.append(v)
    return v
def with_noisy_default(a=noisy("evaluated")):
    return a
print(calls)
print(with_noisy_default(), with_noisy_default("given"), calls)
def many(a, b=2, c=3):
    return a, b, c
print(many(1), many(1, c=9), many(1, 8), many(c=0, a=5))
print(many(*[7]), many(1, *(2, 3)))
def counter(n=[0]):
    n[0] += 1
    return n[0]
print(counter(), counter(), counter([10]), counter())
