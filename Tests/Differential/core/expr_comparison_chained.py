# Chained comparisons evaluate each operand at most once and short-circuit.
calls = []
def val(tag, v):
    calls.append(tag)
    return v
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 <= 1 < 2 <= 2)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0, 0 < 1 < 2 < 3 < 4 < 5)
print(val("a", 1) < val("b", 2) < val("c", 3))
print(calls)
calls.clear()
print(val("a", 5) < val("b", 2) < val("c", 3))
print(calls)
calls.clear()
x = val("mid", 5)
print(0 < x < 10, 10 < x < 20, x == 5 == x)
print(calls)
a = [1]
b = [1]
print(a == b, a is b, a is not b, a == b is not None)
print(1 < 2 in [2], 2 in [1, 2] in [[1, 2]], "a" < "b" < "c")
print(1 < 2 == 2 < 3 != 4, None is None is None)
age = 30
print(18 <= age < 65, not 18 <= age < 25)
print(3 < 2.5 < 4, -1 < 0.0 <= 0, (1 < 2) < 3)
