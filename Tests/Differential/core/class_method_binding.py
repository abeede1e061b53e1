# Bound methods remember their instance; functions on the class do not.
class Counter:
    def __init__(self, name):
        self.name = name
        self.n = 0
    def bump(self, by=1):
        self.n += by
        return f"{self.name}={self.n}"
a = Counter("a")
b = Counter("b")
bump_a = a.bump
print(bump_a(), bump_a(5), a.n)
unbound = Counter.bump
print(unbound(b), unbound(b, 10), b.n)
actions = [a.bump, b.bump, a.bump]
print([f() for f in actions])
print(bump_a.__name__, type(bump_a).__name__, type(unbound).__name__)
def free_function(self):
    return "free " + self.name
Counter.extra = free_function
print(a.extra(), b.extra())
a.instance_func = lambda: "no self passed"
print(a.instance_func())
handlers = {"inc": a.bump, "show": lambda: a.n}
handlers["inc"](100)
print(handlers["show"]())
m1 = a.bump
m2 = a.bump
print(m1 == m2, m1 is m2, m1 == b.bump)
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, x):
        self.ops.append(x)
        return self
print(Chain().add(1).add(2).add(3).ops)
