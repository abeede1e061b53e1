# getattr/hasattr with defaults and on built-in types; id() identity only.
class Box:
    size = 3
    def __init__(self):
        self.items = ["a"]
box = Box()
print(getattr(box, "size"), getattr(box, "items"), getattr(box, "color", "red"))
print(hasattr(box, "size"), hasattr(box, "color"), hasattr(Box, "items"))
print(getattr("abc", "upper")(), getattr([3, 1], "copy")(), getattr(5, "real"))
method_names = ["append", "extend", "missing"]
print([hasattr([], n) for n in method_names])
box.color = "blue"
print(getattr(box, "color", "red"))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a), type(id(a)).__name__)
print(id(None) == id(None), id(box) == id(box), id(Box) != id(box))
ids = {id(x) for x in (a, b, c)}
print(len(ids))
x = 10 ** 30
y = x
print(id(x) == id(y), x is y)
def f():
    pass
print(id(f) == id(f), getattr(f, "__name__"))
try:
    getattr(box, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hasattr(box)
except TypeError as e:
    print(type(e).__name__, e)
