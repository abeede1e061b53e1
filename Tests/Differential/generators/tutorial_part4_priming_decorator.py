# Seed tutorial, part 4: a functools.wraps decorator that primes the generator with next().
import inspect
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
    i = "激活生成器"
    while True:
        try:
            value = yield i
        except ValueError:
            print("OVER")
        i = value

g = generator()
print(inspect.getgeneratorstate(g))
print(generator.__name__, generator.__wrapped__.__name__)
print(inspect.isgeneratorfunction(generator), inspect.isgeneratorfunction(generator.__wrapped__))
print(g.send("already primed"))
g.close()
