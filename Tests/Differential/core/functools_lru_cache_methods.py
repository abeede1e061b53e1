# lru_cache and cache on methods: the wrapper is a descriptor, so reading it
# through an instance binds the instance as the first argument (and key part);
# a user-defined __get__ on a class attribute is called the same way.
import functools


class Scaler:
    def __init__(self, k):
        self.k = k

    @functools.lru_cache(maxsize=None)
    def scale(self, x):
        print("computing", self.k, x)
        return self.k * x

    @functools.cache
    def plus(self, x):
        return x + self.k

    def __hash__(self):
        return self.k

    def __eq__(self, other):
        return isinstance(other, Scaler) and other.k == self.k


a = Scaler(3)
print(a.scale(5), a.scale(5), Scaler(3).scale(5), Scaler(4).scale(5))
print(a.plus(1), a.plus(1), Scaler.scale.cache_info(), Scaler.plus.cache_info())
print(Scaler.scale(a, 5), Scaler.scale.cache_info().hits)


class Tagged:
    def __get__(self, obj, owner):
        return ("bound", type(obj).__name__, owner.__name__)


class Holder:
    tag = Tagged()


class Child(Holder):
    pass


print(Holder().tag, Child().tag, Holder.tag, Child.tag)
