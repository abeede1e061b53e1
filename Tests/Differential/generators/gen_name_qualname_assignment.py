# Generator __name__/__qualname__: taken from the function, writable, strings only.
def maker():
    yield 1

g = maker()
print(g.__name__, g.__qualname__)
g.__name__ = "renamed"
g.__qualname__ = "Some.renamed"
print(g.__name__, g.__qualname__)
print(repr(g).startswith("<generator object Some.renamed at 0x"))
for attr in ("__name__", "__qualname__"):
    try:
        setattr(g, attr, 123)
    except TypeError as e:
        print("TypeError", e)
try:
    del g.__name__
except TypeError as e:
    print("TypeError", e)
try:
    del g.__qualname__
except TypeError as e:
    print("TypeError", e)
print(maker().__name__)

maker.__name__ = "fn_name"
maker.__qualname__ = "fn_qualname"
h = maker()
print(h.__name__, h.__qualname__)

def outer():
    return (x for x in range(3))
e = outer()
print(e.__name__, e.__qualname__)
