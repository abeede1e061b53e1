# Seed tutorial, part 3: the four generator states, send, throw(ValueError) and close.
import inspect

def generator():
    i = "激活生成器"
    while True:
        try:
            value = yield i
        except ValueError:
            print("OVER")
        i = value

g = generator()
print(inspect.getgeneratorstate(g))
print(repr(next(g)))
print(repr(inspect.getgeneratorstate(g)))
print(repr(g.send("hello world")))
print(repr(g.throw(ValueError)))
g.close()
print(repr(inspect.getgeneratorstate(g)))

def watched():
    print("while running:", inspect.getgeneratorstate(w))
    yield
w = watched()
next(w)
w.close()
print(inspect.getgeneratorstate(w))
