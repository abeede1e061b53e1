# *args collects a tuple, **kwargs a dict in call order; forwarding both.
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2))
print(collect(z=1, a=2, m=3))
print(collect(1, *[2, 3], k="v", **{"b": 1}))
args, kwargs = collect(1, x=2)
print(type(args).__name__, type(kwargs).__name__)
def wrapper(*args, **kwargs):
    return target(*args, **kwargs)
def target(a, b, c=0):
    return a * 100 + b * 10 + c
print(wrapper(1, 2), wrapper(1, 2, 3), wrapper(1, c=5, b=4), wrapper(*(7, 8), **{"c": 9}))
def count(*args):
    return len(args)
print(count(), count(None), count(*"hello"), count([1, 2]))
def merge(**parts):
    out = {}
    for k, v in parts.items():
        out[k.upper()] = v
    return out
print(merge(b=1, a=2))
def first_and_rest(first, *rest):
    return first, rest
print(first_and_rest(1), first_and_rest(1, 2, 3))
def mutate(**kw):
    kw["added"] = True
    return kw
original = {"k": 1}
print(mutate(**original), original)
