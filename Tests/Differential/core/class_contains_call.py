# __contains__ drives "in"; __call__ makes instances callable.
class Range:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi
    def __contains__(self, x):
        print(f"  checking {x}")
        return self.lo <= x < self.hi
r = Range(1, 10)
print(5 in r)
print(10 in r, 10 not in r)
class Truthy:
    def __contains__(self, x):
        return "non-empty string"
print(1 in Truthy(), 1 not in Truthy())
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, value, extra=0):
        self.calls += 1
        return value * self.factor + extra
triple = Multiplier(3)
print(triple(5), triple(2, extra=1), triple.calls)
print(list(map(triple, [1, 2, 3])), triple.calls)
print(sorted([3, -1, 2], key=Multiplier(-1)))
class Greeter:
    def __call__(self, *names, **opts):
        sep = opts.get("sep", " & ")
        return "hi " + sep.join(names)
g = Greeter()
print(g("a", "b"), g("x", sep="/"), g())
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, m):
        return Adder(self.n + m)
print(Adder(1)(2)(3).n)
