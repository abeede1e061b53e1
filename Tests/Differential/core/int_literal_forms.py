# Integer literals in every spelling, and how they print.
print(0, 7, -7, +7)
print(0x1F, 0X1f, 0o17, 0O17, 0b1011, 0B1011)
print(1_000_000, 0x_ff_ff, 0b_1010_1010)
print(00, 000)
print(-0, --5, -(-5))
values = [10, 0xA, 0o12, 0b1010]
print(values, values[0] == values[3])
print(type(42).__name__, type(0x2A).__name__)
print(repr(123456789), str(-987654321))
big = 123_456_789_012_345_678_901_234_567_890
print(big)
print(-big)
print(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFFF)
print(0o777777777777777777777777, 0b1111111111111111111111111111111111111111111111111111111111111111)
print(f"{255:x} {255:o} {255:b}")
print(True + 0, False + 0)
