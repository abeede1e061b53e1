# Defaults are evaluated once, at definition time, and kept on the function:
# __defaults__ for positional parameters, __kwdefaults__ for keyword-only ones
# (None when there are none); a mutable default is shared between calls.
calls = []


def make_default(tag):
    calls.append(tag)
    return tag


def f(a, b=make_default("b"), *rest, c=make_default("c"), d, e=[]):
    e.append(a)
    return a, b, rest, c, d, e


print(calls)
print(f.__defaults__, f.__kwdefaults__)
print(f(1, d=4), f(2, 3, 5, c=6, d=7))
print(f.__kwdefaults__["e"])


def g(x, y):
    return x + y


print(g.__defaults__, g.__kwdefaults__, (lambda *, k=1: k).__kwdefaults__)
