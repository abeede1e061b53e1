# True division of ints always produces a correctly rounded float.
print(7 / 2, -7 / 2, 7 / -2, 6 / 3)
print(1 / 3, 2 / 3, 1 / 7)
print(10 / 4, 0 / 5, -0 / 5)
print(type(6 / 3).__name__)
print(10 ** 20 / 3)
print(2 ** 60 / 2 ** 10)
print((10 ** 30 + 1) / 10 ** 15)
print(1 / 2 ** 60)
print(123456789012345678901234567890 / 1000000007)
print(-(2 ** 100) / 2 ** 50)
print(9007199254740993 / 1)
print(1 / 10, 3 / 10, 9 / 10)
x = 22
x /= 7
print(x)
total = 0
for i in range(1, 11):
    total += 1 / i
print(total)
print(True / 2, 5 / True)
