# __repr__ and __str__: which one print, str(), repr(), f-strings and containers use.
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "str-only"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s.__str__())
print(str(b), repr(b), str(r), repr(r), str(s))
print(f"{b} {b!r} {r} {r!s}")
print([b, r], (b,), {"k": b}, {1: r})
print("{} {!r}".format(b, b))
print("list of str:", [str(x) for x in (b, r, s)])
class Vector:
    def __init__(self, *coords):
        self.coords = coords
    def __repr__(self):
        return f"Vector{self.coords!r}"
    def __str__(self):
        return "<" + ", ".join(str(c) for c in self.coords) + ">"
v = Vector(1, 2.5, "z")
print(v, repr(v), [v], f"{v}")
class Inherits(Both):
    pass
print(Inherits(), repr(Inherits()))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
