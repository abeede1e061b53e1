# import M and from M import a, b for the built-in modules.
import functools
import itertools
import time
import inspect
from functools import partial, wraps
from itertools import chain, count, islice
print(type(functools).__name__, type(itertools).__name__)
print(functools.partial is partial, itertools.chain is chain, functools.wraps is wraps)
print(list(islice(count(), 3)), list(chain("a", "b")))
print(partial.__name__, chain.__name__, count.__name__, islice.__name__)
print(hasattr(time, "sleep"), hasattr(inspect, "isgeneratorfunction"))
print(hasattr(time, "no_such_thing"), getattr(itertools, "nothing", "default"))
def local_import():
    from itertools import count
    import functools
    return next(count(5)), functools.partial(max, 1)(2)
print(local_import())
import functools
print(functools is not None)
import itertools, functools
print("multi-import ok", itertools.count is count)
