# functools.wraps copies __name__, __doc__ and sets __wrapped__.
import functools
from functools import wraps
def plain(func):
    def wrapper(*args):
        return func(*args)
    return wrapper
def wrapped_deco(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs)
    return wrapper
def other_deco(func):
    @wraps(func)
    def inner(*args):
        return ("wrapped", func(*args))
    return inner
@plain
def one():
    """Doc of one."""
    return 1
@wrapped_deco
def two():
    """Doc of two."""
    return 2
@other_deco
def three(x):
    return x * 3
print(one.__name__, one.__doc__, one())
print(two.__name__, two.__doc__, two())
print(three.__name__, three.__doc__, three(5))
print(two.__wrapped__.__name__, two.__wrapped__(), three.__wrapped__(2))
print(hasattr(one, "__wrapped__"), hasattr(two, "__wrapped__"))
@wrapped_deco
@other_deco
def stacked(v):
    "stacked doc"
    return v
print(stacked.__name__, stacked.__doc__, stacked(7), stacked.__wrapped__(8))
print(stacked.__qualname__, two.__qualname__)
