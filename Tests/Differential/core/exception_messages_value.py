# ValueError messages from conversions and sequence methods.
for text in ["abc", "", " ", "1e3", "0b1"]:
    try:
        print(int(text))
    except ValueError as e:
        print(type(e).__name__, e)
for text in ["abc", "1.2.3"]:
    try:
        print(float(text))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("12", 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("5", 99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ["a"].remove("b")
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1,).index(2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min(())
except ValueError as e:
    print(type(e).__name__, e)
