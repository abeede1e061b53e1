# Seed tutorial, part 4: a primed accumulator returns its list when sent "CLOSE".
from functools import wraps

def corcut(func):
    @wraps(func)
    def wrapper(*args, **kw):
        g = func(*args, **kw)
        next(g)
        return g
    return wrapper

@corcut
def generator():
    l = []
    while True:
        value = yield
        if value == "CLOSE":
            break
        l.append(value)
    return l

g = generator()
value = None
for i in ["a", "b", "CLOSE"]:
    try:
        g.send(i)
    except StopIteration as e:
        value = e.value
print(value)
print(next(g, "the generator is finished"))
