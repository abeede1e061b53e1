# Ends with "AttributeError: 'Robot' object has no attribute 'wings'".
class Robot:
    def __init__(self, name):
        self.name = name
        self.arms = 2
    def describe(self):
        return f"{self.name} with {self.arms} arms"
r = Robot("unit-7")
print(r.describe())
r.arms += 1
print(r.describe())
print(hasattr(r, "wings"))
print(getattr(r, "wings", 0))
print(r.wings)
print("unreachable")
