# Tuple/list unpacking with *rest in every position, and nested targets.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
x, *empty, y = (1, 2)
print(x, empty, y)
*everything, = (7, 8)
print(everything)
[p, q], r = [10, 20], 30
print(p, q, r)
(m, (n, o)), *more = (1, (2, 3)), 4, 5
print(m, n, o, more)
for i, (k, *vs) in enumerate([("a", 1, 2), ("b",)]):
    print(i, k, vs)
d = {}
d["x"], d["y"] = "XY"
print(d)
class Box:
    pass
box = Box()
box.left, box.right = [5, 6]
print(box.left, box.right)
lst = [0, 0, 0]
lst[0], lst[2] = 9, 8
print(lst)
i = 0
i, lst[i] = 1, "set"
print(i, lst)
a, b, c = (v * 2 for v in range(3))
print(a, b, c)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
