# gi_code.co_name names the code the generator runs; it does not follow __name__ changes.
def producer():
    yield 5

g = producer()
print(g.gi_code.co_name, g.__name__)
g.__name__ = "other"
print(g.gi_code.co_name, g.__name__)
next(g)
print(next(g, "end"), g.gi_code.co_name)

producer.__name__ = "renamed_function"
h = producer()
print(h.gi_code.co_name, h.__name__)
print(h.gi_code is g.gi_code)

class K:
    def method(self):
        yield self
print(K().method().gi_code.co_name, (y for y in ()).gi_code.co_name)
lam = lambda: (yield)
print(lam().gi_code.co_name, lam().__name__, lam().__qualname__)
