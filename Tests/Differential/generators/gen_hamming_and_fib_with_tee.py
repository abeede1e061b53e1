# Self-referential generator pipelines built on itertools.tee: the Hamming
# numbers (2^i * 3^j * 5^k) merged from three scaled copies of the output, and
# the Fibonacci numbers summed from two copies of themselves, one step apart.
from itertools import tee, islice


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


def scaled(factor, source):
    for v in source:
        yield factor * v


def hamming():
    def result():
        yield 1
        yield from merge(scaled(2, c2), merge(scaled(3, c3), scaled(5, c5)))
    out, c2, c3, c5 = tee(result(), 4)
    return out


def fib():
    def result():
        yield 0
        yield 1
        for a, b in zip(first, second):
            yield a + b
    out, first, second = tee(result(), 3)
    next(second)
    return out


print(list(islice(hamming(), 20)))
print(list(islice(fib(), 15)))
h = hamming()
print([next(h) for _ in range(5)], next(islice(h, 10, None)))
