# Defining __eq__ without __hash__ sets __hash__ to None in that class, which
# subclasses inherit; a class can restore hashing by defining __hash__ again.
class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x


class Point3(Point):
    pass


class HashedPoint(Point):
    def __hash__(self):
        return hash(self.x)


class Relabelled(HashedPoint):
    def __eq__(self, other):
        return False


class OnlyHash:
    def __hash__(self):
        return 11


class OnlyHashChild(OnlyHash):
    def __eq__(self, other):
        return True


for cls in (Point, Point3, HashedPoint, Relabelled, OnlyHash, OnlyHashChild):
    obj = cls(2) if issubclass(cls, Point) else cls()
    try:
        h = hash(obj)
        print(cls.__name__, "hashable", h, cls.__hash__ is None)
    except TypeError as e:
        print(cls.__name__, e, cls.__hash__ is None, "__hash__" in cls.__dict__)

print({HashedPoint(1), HashedPoint(1), HashedPoint(2)} == {HashedPoint(2), HashedPoint(1)})
try:
    print({Point(1): "a"})
except TypeError as e:
    print("dict key:", e)
print(Point(1) in [Point(0), Point(1)], Point(1) == Point3(1))
