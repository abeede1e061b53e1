# Floor division and modulo with negative operands round toward -infinity.
print(-7 // 2, -7 % 2)
print(7 // -2, 7 % -2)
print(-7 // -2, -7 % -2)
print(7 // 2, 7 % 2)
print(-1 // 3, -1 % 3)
print(0 // -5, 0 % -5)
print(-6 // 3, -6 % 3)
print(6 // -3, 6 % -3)
for a in (-9, -1, 0, 1, 9):
    for b in (-4, 4):
        print(a, b, a // b, a % b)
print(-(10 ** 20) // 3, -(10 ** 20) % 3)
print(10 ** 20 // -3, 10 ** 20 % -3)
print(-7.0 // 2, -7.0 % 2, 7.0 // -2, 7.0 % -2)
print(-7.5 // 2, -7.5 % 2)
print(-0.5 // 1, -0.5 % 1)
