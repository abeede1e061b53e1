# Dicts iterate in insertion order; updating keeps the slot, re-adding moves it.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
print(list(d), list(d.values()))
d["alpha"] = 99
print(d)
del d["zeta"]
d["zeta"] = 0
print(d)
d.pop("mid")
d["mid"] = 1
print(list(d.items()))
nums = {}
for n in [30, 10, 20, 10, 5]:
    nums[n] = nums.get(n, 0) + 1
print(nums)
merged = {"b": 1, "a": 2}
merged.update({"c": 3, "a": 20})
print(merged)
print({**merged, "d": 4, "b": 0})
rebuilt = {}
for k in reversed(list(merged)):
    rebuilt[k] = merged[k]
print(rebuilt, rebuilt == merged, list(rebuilt) == list(merged))
print(dict(zip("cab", [1, 2, 3])))
print({k: v for k, v in [("y", 1), ("x", 2), ("y", 3)]})
