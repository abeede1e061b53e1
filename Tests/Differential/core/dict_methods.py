# dict.get, items, keys, values, pop, setdefault and update.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d, d.pop("missing", "dflt"))
print(d.setdefault("b", 100), d.setdefault("c", 3), d.setdefault("n"), d)
d.update({"d": 4})
d.update([("e", 5), ("b", 22)])
d.update(f=6)
d.update({"g": 7}, h=8)
print(d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
for k, v in d.items():
    if v is None:
        print("none at", k)
print(len(d), "b" in d, "z" in d, 22 in d.values())
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
