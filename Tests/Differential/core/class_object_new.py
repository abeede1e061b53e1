# object.__new__(cls) creates an instance without running __init__.
class Point:
    def __init__(self, x, y):
        print("init called")
        self.x = x
        self.y = y
    @classmethod
    def origin(cls):
        obj = object.__new__(cls)
        obj.x = 0
        obj.y = 0
        return obj
p = Point(1, 2)
o = Point.origin()
print(p.x, p.y, o.x, o.y, type(o).__name__, isinstance(o, Point))
raw = object.__new__(Point)
print(hasattr(raw, "x"), type(raw).__name__)
raw.x = 5
print(raw.x)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            print("creating the instance")
            cls._instance = object.__new__(cls)
        return cls._instance
    def __init__(self):
        print("__init__ runs every time")
a = Singleton()
b = Singleton()
print(a is b)
class Tagged:
    def __new__(cls, tag):
        obj = object.__new__(cls)
        obj.tag = tag.upper()
        return obj
    def __init__(self, tag):
        self.original = tag
t = Tagged("abc")
print(t.tag, t.original)
class Sub(Point):
    pass
s = Sub.origin()
print(type(s).__name__, s.x)
