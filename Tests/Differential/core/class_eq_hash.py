# __eq__ and __hash__ control equality, dict keys and set membership.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return False
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash_tuple(self.x, self.y)
    def __repr__(self):
        return f"P({self.x},{self.y})"
def hash_tuple(a, b):
    return a * 31 + b
p, q, r = Point(1, 2), Point(1, 2), Point(2, 1)
print(p == q, p != q, p is q, p == r, p == (1, 2), p != "x")
d = {p: "first"}
d[q] = "second"
print(d, len(d), d[Point(1, 2)])
pts = [Point(0, 0), Point(1, 1), Point(0, 0)]
unique = []
for pt in pts:
    if pt not in unique:
        unique.append(pt)
print(unique, pts.index(Point(1, 1)), pts.count(Point(0, 0)))
print(Point(3, 3) in {Point(3, 3)}, len({Point(5, 5), Point(5, 5)}))
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
class Default:
    pass
x = Default()
print(x == x, x == Default(), x != Default(), {x: 1}[x])
