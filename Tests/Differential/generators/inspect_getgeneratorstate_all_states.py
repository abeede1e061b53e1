# inspect.getgeneratorstate through a generator's whole life, RUNNING seen from inside.
import inspect

def g():
    print("  inside:", inspect.getgeneratorstate(me))
    yield 1
    yield 2

me = g()
print(inspect.getgeneratorstate(me))
next(me)
print(inspect.getgeneratorstate(me))
next(me)
print(inspect.getgeneratorstate(me))
print(next(me, "end"), inspect.getgeneratorstate(me))
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)
print(inspect.getgeneratorstate(me) == inspect.GEN_CLOSED)

other = g()
other.close()
print("closed before start:", inspect.getgeneratorstate(other))
third = g()
try:
    third.throw(ValueError)
except ValueError:
    print("thrown before start:", inspect.getgeneratorstate(third))
ex = (i for i in range(2))
print(inspect.getgeneratorstate(ex), next(ex), inspect.getgeneratorstate(ex))
try:
    inspect.getgeneratorstate(42)
except AttributeError as e:
    print("AttributeError", e)
