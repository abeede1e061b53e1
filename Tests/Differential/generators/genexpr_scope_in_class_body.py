# In a class body only the first iterable sees class-level names.
class Config:
    names = ["a", "b"]
    prefix = "cfg_"
    first_only = list(n.upper() for n in names)
    try:
        with_prefix = list(prefix + n for n in names)
    except NameError as e:
        error = str(e)

print(Config.first_only)
print(Config.error)
print(hasattr(Config, "with_prefix"))

class Grid:
    size = 3
    cells = [(r, c) for r in range(size) for c in range(2)]
print(Grid.cells)

x = "global x"
def f():
    x = "local x"
    return list(x for _ in range(1))
print(f())
