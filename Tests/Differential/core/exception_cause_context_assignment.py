# Assigning __cause__ and __context__ by hand: only None or an exception is
# accepted; a cause also sets __suppress_context__.
def assign(attr, value):
    e = ValueError("subject")
    try:
        setattr(e, attr, value)
    except TypeError as err:
        return f"TypeError: {err}"
    return repr(getattr(e, attr)), e.__suppress_context__


for attr in ("__cause__", "__context__"):
    for value in (KeyError("k"), None, 5, "text", KeyError, [ValueError()]):
        print(attr, repr(value) if not isinstance(value, type) else value.__name__, "->", assign(attr, value))

e = RuntimeError("outer")
e.__cause__ = IndexError("why")
e.__suppress_context__ = False
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise e
except RuntimeError as caught:
    print(repr(caught.__cause__), repr(caught.__context__), caught.__suppress_context__)

try:
    try:
        raise KeyError("first")
    except KeyError:
        second = ValueError("second")
        second.__context__ = None
        raise second
except ValueError as caught:
    print(repr(caught.__context__))
