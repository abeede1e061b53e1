# Ends with a bare AssertionError (no message): the last stderr line is just the type.
def is_sorted(items):
    return all(a <= b for a, b in zip(items, items[1:]))
data = [1, 2, 3]
assert is_sorted(data)
print("first check passed")
data.append(0)
print(data)
for i in range(2):
    print("iteration", i)
assert is_sorted(data)
print("unreachable")
