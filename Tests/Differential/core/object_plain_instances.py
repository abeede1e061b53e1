# A plain object() has no __dict__: attributes can be neither set nor deleted,
# while instances of even an empty class take any attribute.
plain = object()
for action in ("set", "get", "del", "setattr"):
    try:
        if action == "set":
            plain.colour = "red"
        elif action == "get":
            print(plain.colour)
        elif action == "del":
            del plain.colour
        else:
            setattr(plain, "size", 3)
        print(action, "worked")
    except AttributeError as e:
        print(action, "AttributeError:", e)


class Empty:
    pass


e = Empty()
e.colour = "blue"
setattr(e, "size", 3)
print(e.colour, e.size, sorted(vars(e)))
del e.colour
print(hasattr(e, "colour"), hasattr(plain, "colour"), getattr(plain, "colour", "default"))
print(type(plain).__name__, plain == plain, plain != object(), isinstance(e, object))
print(repr(plain).startswith("<object object at 0x"))
