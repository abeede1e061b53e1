# float() from strings and ints, and the errors it raises.
print(float("1.5"), float(" -3 "), float("+2e3"), float("1_000.5"))
print(float("inf"), float("-Infinity"), float("nan"), float("  INF  "))
print(float(".5"), float("5."), float("1e-3"), float("0.000001"))
print(float(10), float(-7), float(2 ** 80), float(10 ** 18))
print(float(), float(False), float(True))
print(float("1e400"), float("-1e400"), float("1e-400"))
for text in ["abc", "", "1,5", "1.2.3", "0x10", "e5"]:
    try:
        print(float(text))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 5000)
except OverflowError as e:
    print(type(e).__name__)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
print(str(1.0), str(2.50), str(-0.0), str(1e-10))
