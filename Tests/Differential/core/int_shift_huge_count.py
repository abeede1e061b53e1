# Shifts whose result cannot be built fail with MemoryError; shifting zero, or
# to the right, never needs the memory.
big = 9223372036854775807
for a, n in [(1, big), (2**64, big), (-1, 2**62), (3, 2**40)]:
    try:
        a << n
    except MemoryError:
        print("MemoryError", a.bit_length(), n.bit_length())
try:
    (2**64).__lshift__(big)
except MemoryError:
    print("MemoryError: __lshift__")
try:
    big.__rlshift__(-1)
except MemoryError:
    print("MemoryError: __rlshift__")
try:
    1 << 2**100
except OverflowError as e:
    print("OverflowError", e)
print(0 << 2**100, 0 << big, 5 >> big, -5 >> 2**100, -1 >> big)
print((1 << 100000).bit_length(), (2**100000).bit_length(), (-2) ** 63)
