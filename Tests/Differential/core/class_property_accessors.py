# property with getter, setter and deleter; read-only and write-only properties;
# fget/fset/fdel/__doc__; an AttributeError in a getter falls back to __getattr__.
class Temperature:
    def __init__(self):
        self._celsius = 0

    @property
    def celsius(self):
        "degrees Celsius"
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        print("set", value)
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._celsius

    @property
    def kelvin(self):
        return self._celsius + 273

    hidden = property(None, lambda self, v: print("write-only", v))


t = Temperature()
t.celsius = 25
print(t.celsius, t.kelvin)
del t.celsius
actions = {
    "read": lambda: print(t.celsius),
    "set kelvin": lambda: setattr(t, "kelvin", 3),
    "del kelvin": lambda: delattr(t, "kelvin"),
    "read hidden": lambda: print(t.hidden),
    "set hidden": lambda: setattr(t, "hidden", 7),
}
for action, run in actions.items():
    try:
        run()
    except AttributeError as e:
        print(action, "->", e)

p = Temperature.celsius
print(type(p).__name__, p.__doc__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(Temperature.kelvin.fset, Temperature.kelvin.fdel, Temperature.hidden.fget)


class Lazy:
    def __getattr__(self, name):
        return "fallback for " + name

    @property
    def broken(self):
        raise AttributeError("inner")


print(Lazy().broken, Lazy().other)
