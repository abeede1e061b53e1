# None: identity, repr, truthiness, default return value.
x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x is not None, x == None, x != None)
print([None, None], (None,), {None: None})
def nothing():
    pass
def bare_return():
    return
print(nothing(), bare_return(), nothing() is None)
print(bool(None), not None, None or "default", None and "never")
d = {"a": 1}
print(d.get("b"), d.get("b") is None)
items = [3, None, 1]
print([v for v in items if v is not None])
print(f"{None}", f"{None!r}", "{}".format(None))
print(print("inner") is None)
result = [].sort()
print(result)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    f = None
    f()
except TypeError as e:
    print(type(e).__name__, e)
