# Class attributes are shared until an instance attribute shadows them.
class Dog:
    species = "canine"
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add_trick(self, trick):
        self.tricks.append(trick)
a = Dog("rex")
b = Dog("fido")
print(a.species, b.species, Dog.species, Dog.count)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
del a.species
print(a.species)
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks, a.tricks is Dog.tricks)
class Cat:
    def __init__(self):
        self.tricks = []
    def add_trick(self, trick):
        self.tricks.append(trick)
c1, c2 = Cat(), Cat()
c1.add_trick("jump")
print(c1.tricks, c2.tricks)
class Config:
    DEFAULTS = {"debug": False}
    LIMIT = 10
    DOUBLE = LIMIT * 2
    NAMES = [n.upper() for n in ["a", "b"]]
print(Config.DOUBLE, Config.NAMES, Config().LIMIT, Config.DEFAULTS["debug"])
print(hasattr(Dog, "name"), hasattr(a, "name"), getattr(Dog, "count"))
