# Comparisons and equality across int, float and bool.
print(1 == 1.0, 0 == -0.0, True == 1, False == 0, True == 1.0)
print(1 < 1.5 < 2, 2 ** 53 == 2.0 ** 53)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 30 == 1e30, 10 ** 22 == 1e22)
print(-1 < -0.5, 3 >= 3.0, 3 <= 2.999)
inf = float("inf")
nan = float("nan")
print(10 ** 400 < inf, -(10 ** 400) > -inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 < nan)
print(inf == inf, inf > 1e308, -inf < -1e308)
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 0.5 + 0.25 == 0.75)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(sorted([3, 1.5, True, 0, -2.5, 2]))
two = 2
print(1 != 1.0, 1 != 2, two is not None)
values = [5, 5.0, 4.5, True]
print(values.index(1.0), values.index(5.0), 5.0 in values)
print({1: "a", 1.0: "b", True: "c"})
