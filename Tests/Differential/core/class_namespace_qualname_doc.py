# A class body's __qualname__ and docstring: __qualname__ set in the body renames
# the class and leaves the namespace; every class has its own __doc__.
class Documented:
    "A documented class."


class Undocumented(Documented):
    pass


class Renamed:
    __qualname__ = "Other.Name"

    def method(self):
        return 1


class Outer:
    class Inner:
        "inner doc"


print(Documented.__doc__, Documented().__doc__)
print(Undocumented.__doc__, Undocumented().__doc__)
print(Renamed.__name__, Renamed.__qualname__, Renamed)
print(repr(Renamed()).split(" at ")[0], Renamed.method.__qualname__)
print("__qualname__" in Renamed.__dict__, "__doc__" in Undocumented.__dict__)
print(Outer.Inner.__qualname__, Outer.Inner.__doc__, Outer.__doc__)
try:
    class Bad:
        __qualname__ = 5
except TypeError as e:
    print("TypeError:", e)
