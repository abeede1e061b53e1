# Classes are instances of type: __class__ of a class, of builtin types and of
# type itself, and isinstance/type() checks built on it.
class Animal:
    pass


class Dog(Animal):
    pass


rex = Dog()
print(rex.__class__, rex.__class__.__class__, Dog.__class__)
print(int.__class__, type.__class__, type(Dog), type(type))
print(isinstance(Dog, type), isinstance(rex, type), isinstance(int, type))
print(isinstance(rex, Dog.__class__), isinstance(Dog, Animal.__class__))
print(type(rex) is Dog, type(rex) is rex.__class__, Dog.__class__ is type)
print(issubclass(Dog.__class__, object), issubclass(type, object))
print([c.__name__ for c in (rex.__class__, Dog.__class__, (1).__class__, "".__class__)])
print(type(len).__name__, type(Dog).__name__, type(Dog()).__name__)
for obj in (Dog, int, type, rex, None):
    print(type(obj).__name__, obj.__class__.__name__)
