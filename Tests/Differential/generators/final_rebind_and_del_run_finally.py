# Dropping the last reference to a suspended generator closes it on the spot.
def g(tag):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit in", tag)
        raise
    finally:
        print("  finally of", tag)

a = g("a")
next(a)
print("rebinding a")
a = None
print("a rebound")

b = g("b")
next(b)
print("deleting b")
del b
print("b deleted")

c = g("c")
next(c)
print("replacing c")
c = g("c2")
print("c replaced (c2 not started)")
c = None
print("c2 dropped without output")
