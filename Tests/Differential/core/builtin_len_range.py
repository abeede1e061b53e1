# range() forms, reprs, lengths, indexing, membership and len() on everything.
print(range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2))
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -2)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(3, -3, -2)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 2)))
r = range(1, 20, 4)
print(r[0], r[-1], r[2], r[1:3], 9 in r, 10 in r, r.start, r.stop, r.step)
print(range(3) == range(0, 3), range(0) == range(5, 5), range(1, 4, 2) == range(1, 5, 2))
print(range(10 ** 20)[-1], 10 ** 20 - 1 in range(10 ** 20), len(range(0, 10 ** 6, 7)))
print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({3}), len(""), len([[]]))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(reversed(range(4))), sorted(range(3), reverse=True))
for i in range(3, 0, -1):
    print(i, end=" ")
print()
print(range(1, 10, 2).index(7), range(0, 100, 7).count(14))
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
