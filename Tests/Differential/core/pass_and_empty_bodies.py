# pass, docstring-only bodies and Ellipsis as placeholder statements.
def nothing():
    pass
def documented():
    """Only a docstring."""
def placeholder():
    ...
class Empty:
    pass
class DocOnly:
    """A class with only a docstring."""
print(nothing(), documented(), placeholder())
print(documented.__doc__, DocOnly.__doc__, nothing.__doc__)
print(type(Empty()).__name__, isinstance(DocOnly(), DocOnly))
for i in range(3):
    pass
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print("after passes", i, ...)
x = ...
print(x, x is Ellipsis, type(x).__name__)
