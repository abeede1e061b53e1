# Seed tutorial, part 5: itertools.chain, a nested-loop chain and a yield from chain.
# (The tutorial chains a set of strings; a tuple keeps the order fixed.)
from itertools import chain

c = chain(("one", "two", "three"), list("abc"))
for i in c:
    print(i)

def chains1(*args):
    for i in args:
        for n in i:
            yield n

def chains2(*args):
    for i in args:
        yield from i

c1 = chains1(("one", "two", "three"), list("abc"))
for i in c1:
    print(i)
print("\n")
c2 = chains2(("one", "two", "three"), list("abc"))
for i in c2:
    print(i)
print(list(chains1()) == list(chains2()) == [])
print(list(chains2(range(2), "xy", (z for z in [9]))))
