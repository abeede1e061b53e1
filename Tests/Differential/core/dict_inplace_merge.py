# `d |= x` updates in place like d.update(x): mappings and iterables of pairs;
# `d | x` needs a dict on both sides.
d = {"a": 1}
alias = d
d |= {"b": 2}
d |= [("c", 3), ["a", 10]]
d |= (pair for pair in [("d", 4)])
print(d, alias is d)

for bad in (5, [1, 2], [("x", 1, 2)], None):
    e = {"k": 0}
    try:
        e |= bad
        print(e)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)

try:
    print({"a": 1} | [("b", 2)])
except TypeError as err:
    print("TypeError", err)
print({"a": 1} | {"a": 2, "b": 3}, {1: 1} | {})
merged = dict(d)
merged |= merged
print(merged == d, merged is not d)
