# Single inheritance: super().__init__ and super().method().
class Animal:
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        print("Animal.__init__", name)
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name, sound="woof")
        self.breed = breed
        print("Dog.__init__", breed)
    def speak(self):
        base = super().speak()
        return base + "!"
    def kind(self):
        return "dog < " + super().kind()
class Puppy(Dog):
    def __init__(self, name):
        super().__init__(name, "mixed")
        self.age = 0
    def speak(self):
        return super().speak().upper()
    def kind(self):
        return "puppy < " + super().kind()
p = Puppy("bo")
print(p.speak(), "|", p.kind())
print(p.name, p.breed, p.age, p.sound)
d = Dog("rex", "lab")
print(d.speak(), d.kind())
class NoInit(Animal):
    pass
n = NoInit("fish")
print(n.speak(), n.kind())
class Explicit(Animal):
    def __init__(self):
        Animal.__init__(self, "explicit", "hi")
print(Explicit().speak())
print(isinstance(p, Animal), isinstance(d, Puppy), type(p).__name__)
