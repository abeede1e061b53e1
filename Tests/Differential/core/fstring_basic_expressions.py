# f-strings: embedded expressions, calls, subscripts, conversions, braces.
x = 7
name = "Ada"
items = [1, 2, 3]
d = {"key": "value", 3: "three"}
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __str__(self):
        return f"<{self.x},{self.y}>"
p = Point(1, 2)
def double(v):
    return v * 2
print(f"x={x} next={x + 1} double={double(x)}")
print(f"{name}, {name!r}, {name!s}, {name.upper()}")
print(f"{items} {items[0]} {items[-1]} {len(items)}")
print(f"{d['key']} {d[3]} {p.x},{p.y}")
print(f"{p} {p!r} {p!s} {[p]}")
print(f"{{braces}} {{{x}}} }}{{")
print(f"{x if x > 5 else -x} {x > 5 and 'big'} {not x}")
print(f"{'-' * 5}{x * 'ab'!r}")
print(f"{[i * i for i in range(4)]} {sum(i for i in items)}")
print(f"{(lambda v: v + 1)(x)}")
print(f"{3.0} {1 / 3} {2 ** 64} {None} {True}")
print(F"upper F {x}", rf"raw \n {x}", fr"\t{name}")
empty = ""
print(f"[{empty}]", f"{''}", f"")
print(f"{x}" f"{name}" "plain" f"{x!r}")
