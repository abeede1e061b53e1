# Iterating dicts and their views; views are live.
d = {"x": 1, "y": 2}
keys = d.keys()
values = d.values()
items = d.items()
d["z"] = 3
print(keys, values, items)
print(len(keys), "z" in keys, ("x", 1) in items, 3 in values)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}")
print(sorted(d, reverse=True), sorted(d.values()), max(d), min(d.items()))
print(list(reversed(d)), list(reversed(d.items())))
print(sum(d.values()), [k * v for k, v in d.items()])
inverse = {v: k for k, v in d.items()}
print(inverse)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(type(keys).__name__, type(items).__name__)
