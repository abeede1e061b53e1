# TypeError messages for wrong argument counts and names.
def f(a, b):
    return a + b
def g(a, b=1, c=2):
    return a
def h(a, b, c):
    return a
class C:
    def m(self, x):
        return x
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, z=3),
    lambda: f(1, a=1),
    lambda: g(),
    lambda: g(1, 2, 3, 4),
    lambda: h(),
    lambda: h(1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1),
    lambda: f(b=2),
    lambda: C.m(1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
def no_args():
    return 0
try:
    no_args(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    no_args(x=1)
except TypeError as e:
    print(type(e).__name__, e)
