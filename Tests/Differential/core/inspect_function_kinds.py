# inspect.isgeneratorfunction / iscoroutinefunction and friends on plain callables.
import inspect
from inspect import isgeneratorfunction, iscoroutinefunction
def plain():
    return 1
def gen():
    yield 1
async def coro():
    return 1
class C:
    def method(self):
        return 2
    def __call__(self):
        return 3
lam = lambda: 0
for obj in [plain, gen, coro, C().method, C.method, lam, len, C, C()]:
    print(isgeneratorfunction(obj), iscoroutinefunction(obj), inspect.isgenerator(obj),
          inspect.iscoroutine(obj), inspect.isawaitable(obj))
print(inspect.isgenerator(plain()), inspect.isawaitable(1), inspect.iscoroutine(None))
print(inspect.isgenerator([1]), inspect.isawaitable("x"), inspect.iscoroutine(plain))
print(inspect.isgeneratorfunction(print), inspect.iscoroutinefunction(plain))
