# Default reprs of objects, classes, functions and methods (addresses normalised).
class Thing:
    def method(self):
        pass
def outer():
    def inner():
        pass
    return inner
t = Thing()
print(repr(t).startswith("<__main__.Thing object at 0x"), repr(t).endswith(">"))
print(t)
print(Thing, type(t), type(Thing), int, type(None))
print(outer, outer())
print(t.method)
print(Thing.method)
print(lambda: 0)
print(len, print)
print([t], {"k": Thing})
print(str(t) == repr(t), f"{t}" == repr(t))
class Sub(Thing):
    pass
print(Sub, Sub())
print(type(len), type(outer), type(t.method).__name__)
print(str, list, dict, ValueError)
