# Special methods are looked up on the type, not the instance; inherited ones work.
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
b = Box([1, 2, 3])
b.__len__ = lambda: 99
print(len(b), b.__len__())
class Plain:
    pass
p = Plain()
p.__len__ = lambda: 5
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __repr__(self):
        return f"<{type(self).__name__}>"
    def __eq__(self, other):
        return type(self) is type(other)
    def __hash__(self):
        return 7
class Child(Base):
    pass
print(Child(), [Base(), Child()], Child() == Child(), Child() == Base())
print(len({Child(), Child()}), Child() in {Child(): 1})
class CallsLen:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter([1, 2])
c = CallsLen()
print(bool(c), list(c), len(c))
class WithBool:
    def __len__(self):
        return 10
print(bool(WithBool()), "truthy" if WithBool() else "falsy")
print(Box.__len__(b), type(b).__len__(b))
