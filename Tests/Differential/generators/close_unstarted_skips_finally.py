# Closing a generator that never started runs nothing, not even finally.
import inspect

def g():
    print("started")
    try:
        yield 1
    finally:
        print("finally")

a = g()
a.close()
print(inspect.getgeneratorstate(a), list(a))

b = g()
next(b)
b.close()
print(inspect.getgeneratorstate(b))

c = g()
for v in c:
    print("got", v)
c.close()
print("closing an exhausted generator printed nothing")
