# Self-referencing containers print "..." instead of recursing forever.
a = [1, 2]
a.append(a)
print(a)
print(len(a), a[2] is a, a[2][2][0])
b = []
b.append(b)
print(b)
print([b, b])
d = {"name": "loop"}
d["self"] = d
print(d)
x = [1]
y = [x]
x.append(y)
print(x)
print(y)
mixed = {"list": []}
mixed["list"].append(mixed)
print(mixed)
t = ([],)
t[0].append(t)
print(t)
print(str(a) == repr(a))
print(f"{a}")
