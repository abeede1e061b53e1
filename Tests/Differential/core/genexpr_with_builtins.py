# Generator expressions consumed by builtins; laziness and single use.
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "bbb", "cc"]))
print(list(x for x in "abc"), tuple(n for n in range(3)), set(n % 2 for n in range(9)))
print(sorted((v for v in [3, 1, 2]), reverse=True), ", ".join(str(n) for n in range(4)))
print(dict((k, k * 2) for k in range(3)), any(x > 2 for x in [1, 5]), all(x for x in []))
g = (x * 10 for x in range(3))
print(type(g).__name__, next(g), list(g), list(g))
log = []
def source():
    log.append("source evaluated")
    return [1, 2, 3]
lazy = (v + 1 for v in source())
print(log)
log.append("before consuming")
print(list(lazy), log)
print(min((abs(v) for v in [-5, 3, -1]), default=None), sum(1 for _ in "hello"))
pairs = list((a, b) for a in range(3) for b in range(3) if a < b)
print(pairs)
nested = sum(sum(v for v in row) for row in [[1, 2], [3]])
print(nested)
total = sum(v for v in range(5) if v % 2)
print(total)
