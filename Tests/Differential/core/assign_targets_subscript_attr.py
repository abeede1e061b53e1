# Assignment to subscripts and attributes, and evaluation order of targets.
order = []
def key(name):
    order.append(name)
    return name
store = {}
store[key("a")] = key("value")
print(order, store)
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
grid[-1][0] = 7
print(grid)
class Config:
    pass
cfg = Config()
cfg.name = "dev"
cfg.options = {}
cfg.options["debug"] = True
cfg.options.setdefault("level", []).append(3)
print(cfg.name, cfg.options)
nested = {"a": {"b": {}}}
nested["a"]["b"]["c"] = [1]
nested["a"]["b"]["c"][0] = "one"
print(nested)
items = [1, 2, 3]
items[len(items) - 1] = "last"
items[0:1] = ["first", "extra"]
print(items)
cfg.child = Config()
cfg.child.value = 42
print(cfg.child.value)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".upper = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    x = 5
    x.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
