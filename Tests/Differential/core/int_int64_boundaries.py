# Values at the edges of 32- and 64-bit machine integers must not overflow.
m = 2 ** 63 - 1
n = -2 ** 63
print(m, n)
print(m + 1, n - 1)
print(m * 2, n * 2, m * m)
print(-n, abs(n), n // -1, n % -1)
print((2 ** 62) * 4, (2 ** 62) + (2 ** 62))
print(2 ** 64, 2 ** 64 - 1, -(2 ** 64))
print(2 ** 31, 2 ** 31 - 1, -(2 ** 31), 2 ** 32)
print(m // 3, m % 3, n // 7, n % 7)
print(m - n, n - m)
print(m + m + m, n + n)
u = 18446744073709551615
print(u + 1, u * u)
print(-u // 2, -u % 2)
print(m == 9223372036854775807, n == -9223372036854775808)
print(m < m + 1, n > n - 1)
print(9223372036854775807 + 1 - 1 == m)
acc = 1
for _ in range(70):
    acc = acc * 2
print(acc, acc // 2 ** 69)
print(int("9223372036854775808"), int("-9223372036854775809"))
print(3037000500 * 3037000500)
print(-(2 ** 63) * -1, (-(2 ** 63)) // 1)
