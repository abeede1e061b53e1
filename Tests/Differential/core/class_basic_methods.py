# Classes with __init__, instance attributes and methods calling each other.
class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height
    def area(self):
        return self.width * self.height
    def perimeter(self):
        return 2 * (self.width + self.height)
    def scale(self, factor):
        self.width *= factor
        self.height *= factor
        return self
    def describe(self):
        return f"{self.width}x{self.height} area={self.area()} perim={self.perimeter()}"
r = Rectangle(3, 4)
print(r.area(), r.perimeter())
print(r.describe())
print(r.scale(2).describe())
print(Rectangle.area(r), Rectangle(1, 1).scale(5).area())
shapes = [Rectangle(w, w + 1) for w in range(1, 4)]
print([s.area() for s in shapes], sum(s.perimeter() for s in shapes))
class Stack:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
    def pop(self):
        return self.items.pop()
    def is_empty(self):
        return not self.items
s = Stack()
for ch in "abc":
    s.push(ch)
out = ""
while not s.is_empty():
    out += s.pop()
print(out, s.is_empty())
print(type(r).__name__, isinstance(r, Rectangle), isinstance(s, Rectangle))
