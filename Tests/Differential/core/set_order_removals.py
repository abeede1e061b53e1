# Set order after removals, re-insertions and pops of ints.
s = {1, 2, 3, 4, 5, 9, 17}
print(s)
s.remove(1)
s.discard(9)
s.discard(100)
print(s)
s.add(1)
s.add(9)
print(s)
s.add(33)
print(s)
t = set(range(16))
for v in range(0, 16, 2):
    t.discard(v)
print(t)
for v in (32, 0, 48, 2):
    t.add(v)
print(t)
u = {8, 16, 24, 32}
u.remove(8)
u.add(40)
u.add(8)
print(u)
p = {5, 3, 7}
print(p.pop(), p)
try:
    p.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
