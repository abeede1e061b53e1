# The reprs of staticmethod and classmethod objects (as found in a class's
# __dict__) and of what they give when looked up.
class Tools:
    @staticmethod
    def add(a, b):
        return a + b

    @classmethod
    def name(cls):
        return cls.__name__

    wrapped_len = staticmethod(len)


raw_static = Tools.__dict__["add"]
raw_class = Tools.__dict__["name"]
print(raw_static)
print(raw_class)
print(Tools.__dict__["wrapped_len"])
print(type(raw_static).__name__, type(raw_class).__name__)
print(Tools.add, Tools().add)
print(Tools.name)
print(Tools.add(1, 2), Tools.name(), Tools().wrapped_len("abc"))
print(raw_static.__func__ is Tools.add, raw_class.__func__.__name__)
print(repr(staticmethod(print)), repr(classmethod(print)))
print([staticmethod(abs)])
