# The identity a == (a // b) * b + a % b holds for all signs and sizes,
# and the remainder takes the sign of the divisor.
pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 17), (-5, 17),
         (2 ** 70 + 3, 12345), (-(2 ** 70) - 3, 12345), (2 ** 70, -(2 ** 35)),
         (123456789123456789, -987654321), (-1, 2 ** 80)]
for a, b in pairs:
    q = a // b
    r = a % b
    ok = q * b + r == a
    same_sign = r == 0 or (r > 0) == (b > 0)
    print(a, b, q, r, ok, same_sign)
fpairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (1e10, 3.0), (-1e-3, 1.0)]
for a, b in fpairs:
    q = a // b
    r = a % b
    print(a, b, q, r)
print(5 // True, 5 % True)
