# Uncaught: next() past the end of a generator at module level is a plain StopIteration.
def one():
    yield 1

g = one()
print(next(g))
print(next(g, "a default hides the end"))
print(list(g))
print("calling next again")
next(g)
print("not reached")
