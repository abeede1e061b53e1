# Chained assignment binds every target to the same object, left to right.
a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
calls = []
def make():
    calls.append("made")
    return [len(calls)]
p = q = make()
print(p, q, calls)
d = {}
d["k"] = d["j"] = 5
print(d)
i = lst = None
lst = [0, 0, 0]
i = lst[i] = 1 if False else 2
print(i, lst)
class O:
    pass
o = O()
o.a = o.b = "shared"
print(o.a, o.b)
first, second = pair = (1, 2)
print(first, second, pair)
m = n = 2 ** 70
m += 1
print(m, n)
s = t = "str"
s += "!"
print(s, t)
u = v = (1,)
u += (2,)
print(u, v)
