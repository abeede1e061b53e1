# Dict reprs: key kinds, nesting, strings with quotes, empties.
print({})
print({"a": 1, "b": 2})
print({1: "one", 2.5: "two and a half", (1, 2): "tuple", True: "bool?", None: 0})
print({"outer": {"inner": {"deep": [1, (2,), {3}]}}})
print({"it's": 'say "x"', "": ""})
print({(): [], (1,): [[]]})
print(dict(), dict(a=1), dict([("x", 1), ("y", 2)]), dict({"k": "v"}))
print({1: {}, 2: {2: {}}})
d = {"b": 1, "a": 2}
d["c"] = {"z": [d["a"]]}
print(d)
print(str(d) == repr(d), len(d))
print([{"k": 1}, {}], ({"t": ()},))
print({-1: -1.5, 0: 0.0, 10 ** 20: 1e20})
