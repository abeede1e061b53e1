# Any yield in the body, even unreachable, makes a generator; one in a nested def does not.
def a():
    if 0:
        yield

def b():
    return
    try:
        yield 2
    except:
        pass

def c():
    if "":
        yield None

def d():
    if 0:
        def inner():
            yield 1

def e():
    if 0:
        class K:
            def m(self):
                yield 2

def f():
    x = 0
    x += yield

def h():
    lambda v=(yield): 1

for fn in (a, b, c, d, e, f, h):
    obj = fn()
    print(fn.__name__, type(obj).__name__)
g = f()
print(next(g))
try:
    g.send(5)
except StopIteration:
    print("f finished after +=")
print(type(a), type(a()))
