# Repeating an empty sequence any number of times is empty at once; a
# non-empty one that cannot fit fails with MemoryError or OverflowError.
import itertools
n = 2**62
print([] * n, () * (2**63 - 1), "" * n, (2**63 - 1) * [])
x = []
x *= n
print(x)
for make in [lambda: [1] * n, lambda: (1, 2) * n, lambda: "ab" * n, lambda: "a" * n]:
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    [0] * 2**64
except OverflowError as e:
    print("OverflowError", e)
try:
    list(range(2**62))
except MemoryError:
    print("MemoryError")

print(list(itertools.product(repeat=n)))
print(list(itertools.product("ab", [], repeat=1)))
for args in [("ab",), ("ab", "cd")]:
    try:
        itertools.product(*args, repeat=n)
    except OverflowError as e:
        print("OverflowError", e)
try:
    itertools.product("ab", repeat=2**40)
except MemoryError:
    print("MemoryError")
