# A frozenset keeps its elements' hashes: hashing a deeply nested one costs
# one pass per level, not one per element per level.
x = frozenset()
chain = [x]
for i in range(3000):
    x = frozenset([x, i])
    chain.append(x)
print(hash(x) == hash(x), len(x))
seen = {x: "top"}
print(seen[x], x in seen, chain[1500] in {chain[1500]})
print(frozenset([1, 2]) == frozenset([2, 1]), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([-1])) == hash(frozenset([-2])))
try:
    repr(x)
except RecursionError as e:
    print("RecursionError", e)
