# `return` inside finally replaces a pending exception or an earlier return value.
def swallows_error():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        return "finally wins"

g = swallows_error()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def replaces_return():
    try:
        yield "x"
        return "from try"
    finally:
        return "from finally"
g = replaces_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def swallows_close():
    try:
        yield
    finally:
        print("finally on close")
        return "ignored by close"
g = swallows_close()
next(g)
print("close ->", g.close())

def swallows_throw():
    try:
        yield
    finally:
        return "thrown exception discarded"
g = swallows_throw()
next(g)
try:
    g.throw(KeyError)
except StopIteration as e:
    print("throw ->", repr(e))
