# Assigning a non-iterable to a list slice: simple and extended slices word the
# error differently; iterables of every kind are accepted.
def assign(key, value):
    items = list(range(6))
    try:
        items[key] = value
        return items
    except (TypeError, ValueError) as e:
        return f"{type(e).__name__}: {e}"


print(assign(slice(1, 3), 5))
print(assign(slice(1, 3, 1), None))
print(assign(slice(None, None, 2), 5))
print(assign(slice(None, None, -1), 2.5))
print(assign(slice(None, None, 0), 5))
print(assign(slice(1, 3), "xyz"))
print(assign(slice(None, None, 2), "abc"))
print(assign(slice(None, None, 2), {7: 0, 8: 0, 9: 0}))
print(assign(slice(0, 2), (c for c in "pq")))
print(assign(slice(0, 6, 2), range(3)))
print(assign(slice(0, 6, 2), range(4)))
print(assign(slice(4, 1), [None]))


class NotIterable:
    pass


print(assign(slice(0, 1), NotIterable()))
print(assign(slice(0, 4, 3), NotIterable()))
