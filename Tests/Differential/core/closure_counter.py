# Closures share and update their enclosing variables through nonlocal.
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return increment, get
inc, get = make_counter()
inc()
inc(5)
print(get(), inc(), get())
inc2, get2 = make_counter(100)
print(inc2(), get(), get2())
def make_accumulator():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add
acc = make_accumulator()
print(acc("a"), acc("b"), acc("c"))
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def make_multipliers():
    return [lambda v, i=i: v * i for i in range(1, 4)]
print([m(10) for m in make_multipliers()])
print(inc.__name__, get.__name__)
def snapshot():
    value = 1
    def read():
        return value
    value = 2
    return read
print(snapshot()())
