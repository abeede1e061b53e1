# Slice reads, slice assignment (growing and shrinking) and slice deletion.
a = list(range(10))
print(a[2:5], a[:-7], a[7:], a[::3], a[::-1], a[8:2:-2], a[-2:])
print(a[100:], a[-100:2], a[5:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = ["in", "serted"]
print(b)
b[:] = [0, 1]
print(b)
c = list(range(8))
c[::2] = ["e"] * 4
print(c)
c[1::2] = "abcd"
print(c)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[:]
print(d, len(d))
e = [1, 2, 3]
e[len(e):] = [4, 5]
e[-1:] = []
print(e)
f = [0] * 5
f[1:4] = range(3)
print(f, f[1:4:2])
