# Tuples are immutable sequences: operations and errors.
t = (3, 1, 4, 1, 5)
print(t + (9, 2), t * 2, t[1:4], t[::-1], len(t))
print(t.index(4), t.count(1), 5 in t, max(t), min(t), sum(t), sorted(t))
a, b, *rest = t
print(a, b, rest)
inner = ([1], 2)
inner[0].append(3)
print(inner)
u = t
u += (0,)
print(t, u, t is u)
print(tuple(sorted(t)), tuple(reversed(t)), tuple(x * 2 for x in t))
coords = {(1, 2): "a"}
key = (1, 2)
print(coords[key])
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(t[10])
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(t + [1])
except TypeError as e:
    print(type(e).__name__, e)
