# list.append, extend, insert, pop, remove, index and copy.
a = [1, 2, 3]
a.append(4)
a.append([5])
print(a)
a.extend([6, 7])
a.extend("ab")
a.extend(range(2))
a.extend((9,))
print(a)
b = [10, 20, 30]
b.insert(0, 5)
b.insert(2, 15)
b.insert(-1, 25)
b.insert(100, 99)
b.insert(-100, 0)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b.pop(1), b)
c = [3, 1, 3, 2, 3]
c.remove(3)
print(c, c.index(3), c.index(2), c.index(3, 2))
orig = [[1], [2]]
dup = orig.copy()
dup.append([3])
dup[0].append("shared")
print(orig, dup, dup is orig, dup[0] is orig[0])
print(a.append(0), a.extend([]), a.insert(0, 0), c.remove(1))
e = []
for i in range(5):
    e.append(i * i)
while e:
    print(e.pop(), end=" ")
print()
