# throw() argument errors are raised in the caller; the generator is untouched.
import inspect

def g():
    while True:
        yield "alive"

it = g()
next(it)
cases = [
    (ValueError(1), "foo"),
    (ValueError, "foo", 23),
    ("abc",),
    (0,),
    (list,),
    (None,),
    (object(),),
]
for args in cases:
    try:
        it.throw(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(inspect.getgeneratorstate(it), next(it))
try:
    it.throw()
except TypeError as e:
    print(type(e).__name__, e)
fresh = g()
try:
    fresh.throw(3.5)
except TypeError as e:
    print(type(e).__name__, e)
print(inspect.getgeneratorstate(fresh))
