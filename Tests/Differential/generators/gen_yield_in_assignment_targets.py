# yield inside subscript targets of a chained assignment: evaluation order is visible.
def fill(d):
    d[(yield "first key")] = d[(yield "second key")] = 27

data = [1, 2]
g = fill(data)
print(type(g).__name__)
print(g.send(None), data)
print(g.send(0), data)
try:
    g.send(1)
except StopIteration:
    print("done", data)

def swap_via_yield(pair):
    pair[0], pair[1] = (yield "give a"), (yield "give b")
    return pair

g = swap_via_yield(["x", "y"])
print(next(g), g.send("A"))
try:
    g.send("B")
except StopIteration as e:
    print(e.value)
