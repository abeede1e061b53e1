# throw() with a class, an instance, (class, instance), (class, other instance), (class, value).
def catcher():
    while True:
        try:
            print("resumed with", (yield))
        except ValueError as v:
            print("caught %s %r args=%s" % (type(v).__name__, str(v), v.args))

g = catcher()
next(g)
g.throw(ValueError)
g.throw(ValueError("xyz"))
g.throw(ValueError, ValueError(1))
g.throw(ValueError, TypeError(1))
g.throw(ValueError, ValueError(1), None)
g.throw(ValueError, "a message")
g.throw(ValueError, (1, 2))
g.throw(ValueError, None)
class MyValueError(ValueError):
    pass
g.throw(MyValueError, "sub")
g.throw(ValueError, MyValueError("instance of subclass"))
g.send("plain send")
try:
    g.throw(TypeError)
except TypeError as e:
    print("escaped:", type(e).__name__, e.args)
print(g.gi_frame)
