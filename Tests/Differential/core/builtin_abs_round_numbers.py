# abs() and round() on ints, floats, bools and big ints.
print(abs(-7), abs(7), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(-(2 ** 80)))
print(type(abs(-3)).__name__, type(abs(-3.0)).__name__, type(abs(False)).__name__)
print(abs(float("-inf")), abs(-1e-320))
print(round(3.7), round(-3.7), round(3.2), round(-3.2), round(4.5), round(5.5))
print(round(3.14159, 2), round(2.71828, 3), round(-1.23456, 4), round(9.995, 2))
print(round(123456, -3), round(-123456, -3), round(0.5, 0), round(1.5, 0))
print(round(10 ** 25 + 5 * 10 ** 9, -10), round(7, 0), round(7.0, 0))
prices = [19.999, 5.005, 0.125, 100.0]
print([round(p, 2) for p in prices], sum(round(p) for p in prices))
print(f"{round(2.5)}", f"{round(2.5, 1)}", str(round(1e15 + 0.5)))
class Money:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Money({self.v})"
try:
    abs(Money(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
