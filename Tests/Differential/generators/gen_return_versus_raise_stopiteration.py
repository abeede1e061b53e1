# `return` leaves a generator without entering handlers; a raised StopIteration is an
# ordinary exception that a bare except or except StopIteration catches.
def returns_early():
    yield "a"
    return
    yield "never"

def return_in_try():
    try:
        return
    except:
        yield "handler ran"

def raise_in_try():
    try:
        raise StopIteration
    except:
        yield "bare except caught it"

def raise_then_continue():
    yield 1
    try:
        raise StopIteration("inside")
    except StopIteration as e:
        yield ("caught", e.value)
    yield 3

g = returns_early()
print(next(g))
for _ in range(2):
    try:
        next(g)
    except StopIteration as e:
        print("stopped", repr(e))
print(list(return_in_try()))
print(list(raise_in_try()))
print(list(raise_then_continue()))

def yields_none():
    for _ in range(2):
        yield None
    yield
    return None
print(list(yields_none()))
