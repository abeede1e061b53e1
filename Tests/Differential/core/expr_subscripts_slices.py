# Subscripts and slices on lists, tuples, strings and ranges.
a = list(range(10))
t = tuple(a)
s = "0123456789"
r = range(10)
print(a[3], t[-3], s[5], r[7], r[-1])
print(a[2:8:2], t[2:8:2], s[2:8:2], r[2:8:2])
print(a[::-3], t[::-3], s[::-3], r[::-3])
print(r[1:], r[:0], r[::2][1:3], list(r[::-1][:3]))
print(range(0, 20, 3)[2], range(10, 0, -2)[-1], len(range(5, 50, 7)))
lo, hi = 2, 6
print(a[lo:hi], a[lo:], a[:hi], a[-hi:-lo], a[hi:lo:-1])
step = -1
print(s[::step], s[None:None:step])
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1], m[0][:1], [row[1] for row in m])
d = {"k": [10, {"z": "deep"}]}
print(d["k"][1]["z"][1:], d["k"][0])
i = 0
a[i] = a[i + 1] = 100
print(a[:3])
print(a[True], s[False], "abc"[-0])
try:
    print(r[10])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(a[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
