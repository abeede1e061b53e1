# The ** operator: right associativity, negative bases and exponents.
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, (-2) ** 3)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(type(2 ** -1).__name__, type(2 ** 10).__name__)
print((-2) ** -1, (-3) ** -3)
print(0 ** 0, 0 ** 5, 1 ** -5)
print(2.0 ** 3, 2 ** 0.5, 4 ** 0.5, 9.0 ** 0.5)
print(1.5 ** 2, (-1.5) ** 3)
print(10 ** 22, 10.0 ** 22, 10.0 ** 23)
print(2 ** 1000 % 1000007)
print(7 ** 0, (-7) ** 0, 0.0 ** 0)
x = 3
x **= 4
print(x)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
