# Bitwise operators on ints, including negatives and big ints.
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(1 << 10, 1024 >> 3, -1024 >> 3, -1 >> 10)
print(5 << 0, 5 >> 0, 5 >> 10)
print(1 << 100, (1 << 100) >> 99)
print((2 ** 100 - 1) & 0xFFFF, (2 ** 100) | 1, (2 ** 70) ^ (2 ** 70 + 5))
print(-(2 ** 80) & 0xFF, -(2 ** 80) >> 70)
print(~0, ~-1, ~(2 ** 64))
print(True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True & 3).__name__)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, f"{flags:b}")
flags &= ~(1 << 3)
print(flags, f"{flags:08b}")
flags ^= 0b11
print(flags)
flags <<= 2
flags >>= 1
print(flags)
print(6 & 3 | 8, 6 & (3 | 8), 1 + 2 << 3, 1 + (2 << 3))
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
