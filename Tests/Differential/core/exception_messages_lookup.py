# KeyError shows the key's repr; IndexError messages per sequence type.
d = {"a": 1}
for key in ["missing", 42, (1, 2), 3.5, None, "it's", ""]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, e.args)
for seq in [[1, 2], (1, 2), "ab", range(2)]:
    try:
        seq[5]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    [1, 2][-3] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    {}.pop("k")
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    [][0]
except LookupError as e:
    print("LookupError catches", type(e).__name__)
