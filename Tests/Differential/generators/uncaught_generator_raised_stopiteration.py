# Uncaught: next() on an exhausted iterator inside a generator (PEP 479).
def pairs(items):
    it = iter(items)
    while True:
        a = next(it)
        b = next(it)
        yield a, b

print("start")
for pair in pairs([1, 2, 3, 4]):
    print(pair)
print("not reached")
