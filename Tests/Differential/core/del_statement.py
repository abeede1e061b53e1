# del on names, list items, slices, dict keys, attributes and several targets.
x = 10
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
items = list(range(8))
del items[0]
del items[-1]
print(items)
del items[1:3]
print(items)
del items[::2]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class Obj:
    pass
o = Obj()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, "attr"), o.other)
p, q, r = 1, 2, 3
del p, q
try:
    print(p)
except NameError as e:
    print(r, e)
nested = {"k": [1, 2, 3]}
del nested["k"][1]
print(nested)
a = [1, 2]
b = a
del a
print(b)
def local_del():
    v = "temp"
    del v
    v = "rebound"
    return v
print(local_del())
lst = [[0, 1], [2, 3]]
del lst[0][0], lst[1]
print(lst)
try:
    del d["zzz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del items[50]
except IndexError as e:
    print(type(e).__name__, e)
