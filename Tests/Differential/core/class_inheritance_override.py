# Method resolution through a three-level chain; overriding and extending.
class Base:
    greeting = "base"
    def hello(self):
        return f"hello from {self.name()}"
    def name(self):
        return "Base"
    def only_base(self):
        return "only in Base"
class Middle(Base):
    greeting = "middle"
    def name(self):
        return "Middle"
class Leaf(Middle):
    def name(self):
        return "Leaf(" + super().name() + ")"
for obj in [Base(), Middle(), Leaf()]:
    print(type(obj).__name__, obj.hello(), obj.greeting, obj.only_base())
leaf = Leaf()
print(isinstance(leaf, Leaf), isinstance(leaf, Middle), isinstance(leaf, Base), isinstance(leaf, object))
print(isinstance(Base(), Leaf), type(leaf) is Leaf, type(leaf) is Middle)
print(Leaf.greeting, Leaf.__name__, Leaf.only_base(leaf))
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def report(self):
        return f"{type(self).__name__} area {self.area()}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Square(3).report())
try:
    Shape().report()
except NotImplementedError as e:
    print(type(e).__name__, e)
class Explicit(object):
    pass
print(type(Explicit()).__name__, isinstance(Explicit(), object))
