# classmethod receives the class (also a subclass); staticmethod receives nothing.
class Temperature:
    scale = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))
    @classmethod
    def describe_class(cls):
        return f"{cls.__name__} in {cls.scale}"
    @staticmethod
    def is_freezing(degrees):
        return degrees <= 0
    def check(self):
        return self.is_freezing(self.degrees)
class Kelvin(Temperature):
    scale = "K"
t = Temperature.from_fahrenheit(212)
print(type(t).__name__, t.degrees, t.check())
k = Kelvin.from_fahrenheit(32)
print(type(k).__name__, k.degrees, k.check())
print(Temperature.describe_class(), Kelvin.describe_class(), k.describe_class())
print(Temperature.is_freezing(-5), t.is_freezing(5), Kelvin.is_freezing(0))
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return len(cls.items)
    @staticmethod
    def helper(a, b=2):
        return a * b
print(Registry.register("x"), Registry().register("y"), Registry.items)
print(Registry.helper(3), Registry().helper(3, b=5))
f = Temperature.from_fahrenheit
print(f(50).degrees, type(f(50)).__name__)
