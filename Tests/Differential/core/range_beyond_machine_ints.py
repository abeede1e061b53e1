# Ranges whose bounds do not fit a machine integer: slicing (with steps,
# negative steps, huge and negative slice bounds), indexing, membership,
# equality, count/index, len overflow and iteration from the far end.
big = 10**20
r = range(big)
print(r[5:10], r[-3:], r[::big // 4], r[::-1][:3])
print(r[-big * 2:5], r[big * 3:], r[5:-big * 5], r[:: -(big // 2)])
s = range(-big, big, 7)
print(s[3:9:2], s[-2:], s[::-3][:2], list(s[10:40:10]))
print(r[2:big:big // 5][-1], len(r[big - 5:]))
print(range(big, 0, -3)[1:4], range(big, 0, -3)[::-1][:2])
print(r[5:10] == range(5, 10), r == range(0, big), r == range(0, big, 2))
print(r.index(12345), r.count(7), big - 1 in r, big in r, -1 in r)
print(s.index(-big + 14), (-big + 15) in s)
print(hash(range(big)) == hash(range(0, big, 1)), {range(big): "found"}[range(0, big)])
print(range(0, big, big) == range(1), hash(range(0, big, big)) == hash(range(0, 1)), range(5).count(big), range(big).count(True))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(r[Idx(3):Idx(big + 9):Idx(big // 2)])
for v in range(big, big + 3):
    print(v)
print(list(reversed(range(big, big + 20, 6))))
try:
    len(r)
except OverflowError as e:
    print("OverflowError", e)
try:
    r[::0]
except ValueError as e:
    print("ValueError", e)
try:
    r["a":]
except TypeError as e:
    print("TypeError", e)
print(r[big * 2])
