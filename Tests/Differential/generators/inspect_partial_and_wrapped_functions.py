# functools.partial keeps the function kind visible to inspect; a plain wrapper does not.
import functools
import inspect

def gen(a, b):
    yield a + b

async def coro(a):
    return a

@functools.wraps(gen)
def wrapper(*args):
    return gen(*args)

p = functools.partial(gen, 1)
pc = functools.partial(coro, 2)
pp = functools.partial(p, 2)
print(inspect.isgeneratorfunction(p), inspect.isgeneratorfunction(pp), inspect.iscoroutinefunction(pc))
print(inspect.isgeneratorfunction(wrapper), wrapper.__name__, wrapper.__wrapped__ is gen)
print(inspect.isgenerator(p(2)), list(pp()), list(wrapper(3, 4)))
class C:
    def method(self):
        yield self
    async def amethod(self):
        pass
    @staticmethod
    def static():
        yield
print(inspect.isgeneratorfunction(C().method), inspect.isgeneratorfunction(C.method),
      inspect.iscoroutinefunction(C().amethod), inspect.isgeneratorfunction(C.static))
print(inspect.isgeneratorfunction(gen(1, 2)), inspect.isgenerator(gen))
