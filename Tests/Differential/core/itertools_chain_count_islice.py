# itertools.chain, count and islice.
import itertools
from itertools import chain, count, islice
print(list(chain([1, 2], (3,), "ab", range(2))), list(chain()), list(chain([], [])))
print(list(islice(count(), 5)), list(islice(count(10), 3)), list(islice(count(5, -2), 4)))
print(list(islice(count(0.5, 0.25), 4)), list(islice(count(start=3, step=3), 3)))
print(list(islice("abcdefg", 3)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 1, None, 2)))
print(list(islice(range(10), 0, 10, 3)), list(islice([1, 2], 5)), list(islice([], 3)))
print(list(islice("abc", None)), list(islice("abcdef", None, None, 2)))
c = count(1)
print(next(c), next(c), next(c))
taken = []
for n in c:
    if n > 6:
        break
    taken.append(n)
print(taken, next(c))
ch = chain("xy", [1])
print(next(ch), list(ch), list(ch))
evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 4)), list(islice(evens, 2)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
print(list(itertools.chain(*["ab", "cd"])), list(itertools.islice(itertools.count(), 2)))
print(sum(islice(count(1), 100)), list(zip(count(), "abc")))
print(repr(count(7)), repr(count(1.5, 2)))
try:
    islice([1], -1)
except ValueError as e:
    print(type(e).__name__, e)
