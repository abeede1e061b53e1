# int() on strings, floats and bools, with and without a base.
print(int("42"), int("-17"), int("  +8  "), int("0"))
print(int("1_000_000"), int("007"))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20))
print(int(True), int(False))
print(int("ff", 16), int("FF", 16), int("777", 8), int("101", 2), int("z", 36))
print(int("0x1f", 16), int("0b11", 0), int("0o17", 0), int("0x10", 0), int("12", 0))
print(int(), int(" 12\n"))
print(int("123456789012345678901234567890"))
print(int(2 ** 70 + 0.0))
print(int(-2.5e15))
for text in ["abc", "", "12.5", "1 2", "0x1f", "--1", "_1"]:
    try:
        print(int(text))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
