# Unary -, +, ~ and not on ints, floats, bools and big ints.
values = [0, 1, -1, 7, -2 ** 70, True, False]
for v in values:
    print(v, -v, +v, ~v, not v)
for f in [0.0, -0.0, 2.5, -1e300]:
    print(f, -f, +f, not f)
x = 5
print(-x, -(-x), - -x, ~~x, not not x, -~x, ~-x)
print(-x ** 2, (-x) ** 2, -(x ** 2))
print(not x == 5, not (x == 5), (not x) == 5)
print(+"text" if False else "plus on str is an error")
try:
    print(-"a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(~1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(+[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(-None)
except TypeError as e:
    print(type(e).__name__, e)
