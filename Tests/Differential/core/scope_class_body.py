# Class bodies are a scope of their own: methods do not see class-level names.
x = "global x"
class Scoped:
    x = "class x"
    y = x + " (seen in the class body)"
    def method(self):
        return x
    def method_via_self(self):
        return self.x
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    total = sum(items)
s = Scoped()
print(Scoped.y)
print(s.method(), "|", s.method_via_self())
print(Scoped.doubled, Scoped.total)
class Counter:
    count = 0
    def bump(self):
        try:
            return count
        except NameError as e:
            return f"NameError: {e}"
print(Counter().bump())
def factory(tag):
    class Made:
        label = tag
        def show(self):
            return tag + "/" + self.label
    return Made
A = factory("a")
B = factory("b")
print(A().show(), B().show(), A.label, A.__name__)
class Outer:
    class Inner:
        value = 42
    ref = Inner.value
print(Outer.Inner.value, Outer.ref, Outer.Inner.__name__)
print(Outer.Inner.__qualname__, Scoped.method.__qualname__)
