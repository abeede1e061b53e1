# close() returns None on every kind of generator and can be repeated.
import inspect

def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exiting")

it = g()
next(it)
print("close ->", it.close())
print("again ->", it.close())
print(inspect.getgeneratorstate(it), it.gi_frame)

print("unstarted ->", g().close())
def simplest():
    yield
print("simplest unstarted ->", simplest().close())
s = simplest()
next(s)
print("simplest started ->", s.close())
done = g()
print(list(done))
print("exhausted ->", done.close())
print(next(done, "nothing after close"))
