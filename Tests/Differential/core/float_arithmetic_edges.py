# Float arithmetic: infinities, NaN, signed zero, mixed int/float.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan is nan, [nan] == [nan])
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0))
print(1 + 2.0, 3 * 1.5, 7 - 0.5, 2 ** 0.5 * 2 ** 0.5)
print(0.1 + 0.7, 0.3 - 0.1, 1.1 + 2.2)
print(1e308 + 1e308, -1e308 - 1e308, 1e-320 / 10)
print(5.0 // 0.3, 5.0 % 0.3)
print(-5.0 % 3, 5.0 % -3, -5.5 // 2.5)
print(inf // 1, inf % 2 if False else "skip", -1.0 % inf, 1.0 % -inf)
print(3.0 * True, 2.5 + False)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
print(float(7), float(-0), float(True))
print(1.0.__class__.__name__, (2).__class__.__name__)
print(abs(-2.5), abs(inf), -(-0.0))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
