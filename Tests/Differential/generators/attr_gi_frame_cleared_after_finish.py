# The frame is released (gi_frame None) when a generator returns, raises or is closed.
def returns():
    yield 1

def raises():
    yield 1
    raise ValueError

def endless():
    while True:
        yield

r = returns()
next(r)
print("suspended frame:", r.gi_frame is not None)
list(r)
print("returned:", r.gi_frame)
x = raises()
next(x)
try:
    next(x)
except ValueError:
    print("raised:", x.gi_frame)
e = endless()
next(e)
e.close()
print("closed:", e.gi_frame)
n = endless()
n.close()
print("closed before start:", n.gi_frame)
t = endless()
next(t)
try:
    t.throw(KeyError)
except KeyError:
    print("thrown out:", t.gi_frame)
