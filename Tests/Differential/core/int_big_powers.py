# Arbitrary-precision integers: powers, products and their reprs.
print(2 ** 100)
print(-2 ** 100, (-2) ** 101)
print(10 ** 30, 10 ** 30 - 1)
print(3 ** 200)
print(2 ** 100 // 3 ** 20, 2 ** 100 % 3 ** 20)
a = 2 ** 64
b = 2 ** 64 - 1
print(a * b)
print(a * a * a - b * b * b)
print(a - a, (a + 1) - a)
fact = 1
for i in range(1, 41):
    fact *= i
print(fact)
print(fact // 2 ** 30, fact % 1000000007)
print(len(str(7 ** 300)))
print(int("9" * 50) + 1)
print(-(10 ** 25) // 7, -(10 ** 25) % 7)
print(2 ** 100 == 2 ** 100, 2 ** 100 > 2 ** 99, -(2 ** 100) < 0)
print(abs(-(3 ** 50)))
print((2 ** 200) >> 190, 1 << 70)
print(2 ** 0, 0 ** 0, 1 ** 1000, (-1) ** 1001)
x = 1
for _ in range(10):
    x = x * 1000 + 7
print(x)
