# isinstance with classes and tuples of classes; type() and __name__.
values = [1, 1.0, True, "s", [], (), {}, set(), None, range(1), len]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (str, list)),
          isinstance(v, (float, (tuple, dict))), isinstance(v, object))
print(isinstance(True, bool), isinstance(True, int), isinstance(1, bool))
print(type(True) is bool, type(True) == int, type(1) is int)
class A:
    pass
class B(A):
    pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(A(), B), isinstance(b, (int, A)))
print(type(b) is B, type(b) is A, type(b).__name__, type(B).__name__, type(type).__name__)
print(isinstance(A, type), isinstance(int, type), isinstance(b, type))
print(isinstance(ValueError("x"), Exception), isinstance(ValueError, Exception))
print(isinstance(1, ()), isinstance([], (list,)))
print(type(1)(5.7), type("")(42), type([])("ab"), type(b)().__class__.__name__)
kinds = {int: "integer", str: "text"}
print([kinds.get(type(v), "other") for v in (1, "a", 2.0, True)])
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, [int])
except TypeError as e:
    print(type(e).__name__, e)
