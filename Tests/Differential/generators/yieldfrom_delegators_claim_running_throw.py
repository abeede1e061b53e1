# Delegators up a yield from chain claim to be running, checked through repeated throw().
class MyErr(Exception):
    pass

def one_t():
    try:
        yield 0
    except MyErr:
        pass
    yield from two_t()
    try:
        yield 3
    except MyErr:
        pass

def two_t():
    try:
        yield 1
    except MyErr:
        pass
    try:
        yield from g1
    except ValueError:
        pass
    try:
        yield 2
    except MyErr:
        pass

g1 = one_t()
res = [next(g1)]
try:
    while True:
        res.append(g1.throw(MyErr))
except StopIteration:
    pass
print(res)
