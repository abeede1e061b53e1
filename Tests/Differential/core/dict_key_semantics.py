# Keys that compare equal share a slot: 1, 1.0 and True; tuples as keys.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[0] = "zero"
print(d[False], d[0.0], 0 in d, -0.0 in d)
grid = {(0, 0): "origin", (1, 2): "p"}
print(grid[(1, 2)], grid[1, 2], (0, 0) in grid, grid.get((5, 5), "none"))
big = {2 ** 100: "big", -1: "neg"}
print(big[2 ** 100], big[-1], big.get(2.0 ** 100))
nested = {("a", (1, 2)): 1}
print(nested[("a", (1, 2))])
print({"1": "str", 1: "int"})
try:
    d[[1]] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(d[{}])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({(1, [2]): 0})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(d["missing"])
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
