# Uncaught: the StopIteration carrying a generator's return value.
def summary():
    total = 0
    for v in (1, 2, 3):
        total += v
        yield total
    return "total=%d" % total

g = summary()
print(next(g), next(g), next(g))
next(g)
