# Keyword-only parameters after * and after *args.
def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"
print(connect("a"), connect("b", port=8080), connect("c", secure=True, port=1))
def tagged(*items, sep=", ", end="."):
    return sep.join(items) + end
print(tagged("x", "y"), tagged("x", "y", sep="-", end="!"), tagged())
def required_kw(a, *, b, c=3):
    return a + b + c
print(required_kw(1, b=2), required_kw(a=1, b=2, c=0))
def everything(a, b=1, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(everything(0, c=5))
print(everything(0, 9, 8, 7, c=5, e=6))
try:
    connect("a", 443)
except TypeError as e:
    print(type(e).__name__, e)
try:
    required_kw(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    everything()
except TypeError as e:
    print(type(e).__name__, e)
def two_kw(*, x, y):
    return x, y
try:
    two_kw()
except TypeError as e:
    print(type(e).__name__, e)
