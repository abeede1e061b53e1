# Floats print with the shortest repr that round-trips.
values = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 100.0, 1.5, 2.5, 1 / 3, 2 / 3,
          1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1e22, 1e23,
          1.5e300, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
          -0.0, 0.0, 3.14159, 1e100, 12345.6789, 9.999999999999999e22]
for v in values:
    print(v, repr(v), str(v))
print([0.1, -2.5, 1e-7, 1e21])
print((0.5,), {1.25: 2.75})
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(1e308 * 10, -1e308 * 10)
print(0.1 * 3, 1.1 * 1.1, 100 * 1.1)
print(2.0 ** 0.5, 10 / 3, 4.35 * 100)
print(float(10 ** 16), float(10 ** 17), float(2 ** 63))
print(1e16 + 1, 1e16 + 2)
print(0.30000000000000004 == 0.1 + 0.2)
