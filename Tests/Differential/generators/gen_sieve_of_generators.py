# An unbounded chain of filtering generators: the recursive sieve.
def naturals_from(n):
    while True:
        yield n
        n += 1

def take(it, n):
    return [next(it) for _ in range(n)]

def drop_multiples(p, numbers):
    for x in numbers:
        if x % p:
            yield x

def sieve(numbers):
    p = next(numbers)
    yield p
    yield from sieve(drop_multiples(p, numbers))

print(take(naturals_from(7), 5))
print(take(drop_multiples(4, naturals_from(1)), 7))
primes = sieve(naturals_from(2))
print(take(primes, 15))
print(take(primes, 5))

def scaled(k, it):
    for v in it:
        yield k * v
print(take(scaled(3, naturals_from(1)), 6))
