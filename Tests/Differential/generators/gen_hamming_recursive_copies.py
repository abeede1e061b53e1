# The wasteful version: every level re-creates the whole sequence from scratch.
def scaled(k, it):
    for v in it:
        yield k * v

def merge(a, b):
    x, y = next(a), next(b)
    while True:
        if x < y:
            yield x
            x = next(a)
        elif y < x:
            yield y
            y = next(b)
        else:
            yield x
            x, y = next(a), next(b)

def smooth():
    yield 1
    for v in merge(merge(scaled(2, smooth()), scaled(3, smooth())), scaled(5, smooth())):
        yield v

def take(it, n):
    return [next(it) for _ in range(n)]

result = smooth()
for _ in range(2):
    print(take(result, 10))
