# Uncaught: throw() with something that is not an exception.
def g():
    yield 1
    yield 2

it = g()
print(next(it))
try:
    it.throw(ValueError)
except ValueError:
    print("a class is fine")
it = g()
next(it)
it.throw("not an exception")
