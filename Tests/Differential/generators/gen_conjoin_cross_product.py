# Backtracking "conjoin": nested loops across generator boundaries, one shared list.
def conjoin(makers):
    values = [None] * len(makers)

    def level(i):
        if i >= len(makers):
            yield values
        else:
            for values[i] in makers[i]():
                yield from level(i + 1)

    yield from level(0)

bits = lambda: iter((0, 1))
for v in conjoin([bits] * 3):
    print(v)

def copies(it):
    for v in it:
        yield v[:]

for n in range(7):
    allv = list(copies(conjoin([bits] * n)))
    print(n, len(allv), allv[0] == [0] * n, allv[-1] == [1] * n)

same = list(conjoin([bits] * 2))
print(same, same[0] is same[1])
