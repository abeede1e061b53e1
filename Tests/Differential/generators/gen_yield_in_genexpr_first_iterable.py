# A yield in the first iterable of a generator expression belongs to the enclosing
# function, which becomes a generator; the genexpr then iterates what was sent.
def f():
    return list(i * 2 for i in [(yield 26)])

g = f()
print(type(g).__name__)
print(next(g))
try:
    g.send("ab")
except StopIteration as e:
    print("returned", e.value)

def g2():
    result = list(x for x in (yield "give me an iterable"))
    yield result
it = g2()
print(next(it))
print(it.send(range(3)))

def g3():
    pairs = [(a, b) for a in (yield 1) for b in "xy"]
    return pairs
it = g3()
next(it)
try:
    it.send([7, 8])
except StopIteration as e:
    print(e.value)
