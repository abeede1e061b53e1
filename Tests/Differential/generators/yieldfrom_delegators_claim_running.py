# While a subgenerator runs, every delegator up the chain reports itself as running.
def one():
    yield 0
    yield from two()
    yield 3

def two():
    yield 1
    print("  g1 running?", g1.gi_running)
    try:
        yield from g1
    except ValueError as e:
        print("  ValueError:", e)
    yield 2

g1 = one()
print(list(g1))

g1 = one()
res = [next(g1)]
try:
    while True:
        res.append(g1.send(42))
except StopIteration:
    pass
print(res)
