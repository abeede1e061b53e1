# Names other than the first iterable are looked up when the generator runs.
items = [1, 2, 3]
threshold = 0
g = (x for x in items if x > threshold)
items = [100, 200]
threshold = 1
print(list(g))

factor = 2
h = (x * factor for x in range(3))
factor = 10
print(list(h))

rows = [[1, 2], [3]]
k = (v for row in rows for v in row)
rows.append([4])
rows = "rebinding the name does not matter for the first iterable"
print(list(k))

def make():
    base = 1
    gen = (base + i for i in range(3))
    base = 100
    return gen
print(list(make()))
