# round() uses round-half-to-even and exact decimal values of floats.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(7, 2), round(-7, -1))
print(round(2 ** 70 + 1, -5))
print(round(0.1 + 0.2, 10), round(1e20, 2), round(1.23456e-5, 7))
print(round(5e-324, 400), round(123.456, 50))
print(round(0.0), round(-0.4), round(-0.6), round(99.5), round(100.5))
print(round(2.5, None), round(True), round(False, 2))
print(round(1e300))
for x in [0.45, 0.55, 1.45, 2.345, -2.345]:
    print(x, round(x, 1), round(x, 2))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
