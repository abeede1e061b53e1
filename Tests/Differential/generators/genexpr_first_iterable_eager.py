# The first iterable of a generator expression is evaluated (and iter() called) at once.
def source(name, items):
    print("  evaluating", name)
    return items

g = (x for x in source("outer", [1, 2]))
print("created")
print(list(g))

try:
    bad = (x for x in 42)
except TypeError as e:
    print("at creation:", e)

try:
    bad = (x for x in undefined_name)
except NameError as e:
    print("at creation:", e)

lazy = (x + y for x in [1] for y in source("inner", [10, 20]))
print("created the second one")
print(next(lazy))
print(next(lazy))

later = (x for x in [0] for y in also_undefined)
print("no error yet")
try:
    next(later)
except NameError as e:
    print("on first next:", e)
