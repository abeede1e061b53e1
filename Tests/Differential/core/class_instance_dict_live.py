# An instance's __dict__ (and vars(obj)) is the instance's own namespace: writing
# into it sets attributes, attribute assignment shows up in it, deleting from
# either side removes from both, and __dict__ can be replaced by another dict.
class Config:
    kind = "class attribute"

    def __init__(self, **options):
        self.__dict__.update(options)

    def describe(self):
        return sorted(vars(self).items())


c = Config(host="local", port=80)
print(c.host, c.port, c.describe())
d = c.__dict__
d["debug"] = True
c.port = 8080
print(c.debug, d["port"], d is c.__dict__, vars(c) is d)
del d["host"]
print(hasattr(c, "host"), "host" in vars(c))
del c.debug
print(sorted(d), c.kind, "kind" in d)
d["describe"] = lambda: "shadowed"
print(c.describe())
c.__dict__ = {"fresh": 1}
print(c.fresh, vars(c), hasattr(c, "port"))
try:
    c.__dict__ = [1]
except TypeError as e:
    print("TypeError", e)
try:
    c.missing
except AttributeError as e:
    print("AttributeError", e)
print(sorted(k for k in dir(c) if not k.startswith("__")))
