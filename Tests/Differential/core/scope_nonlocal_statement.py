# nonlocal rebinds a variable of the nearest enclosing function scope.
def outer():
    x = 1
    def middle():
        x = 2
        def inner():
            nonlocal x
            x += 10
            return x
        r = inner()
        return r, x
    m = middle()
    return m, x
print(outer())
def two_levels():
    depth = 0
    def a():
        def b():
            nonlocal depth
            depth += 1
        b()
        b()
    a()
    return depth
print(two_levels())
def swapper():
    p, q = "p", "q"
    def swap():
        nonlocal p, q
        p, q = q, p
    swap()
    return p + q
print(swapper())
def fib_memo():
    cache = {}
    calls = 0
    def fib(n):
        nonlocal calls
        calls += 1
        if n < 2:
            return n
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    result = fib(30)
    return result, calls
print(fib_memo())
def status():
    state = "idle"
    def set_state(s):
        nonlocal state
        old, state = state, s
        return old
    return set_state, lambda: state
setter, getter = status()
print(setter("busy"), getter(), setter("done"), getter())
