# A `return` inside try still runs a finally that yields: the yield happens first.
def g():
    try:
        print("about to return")
        return "result"
    finally:
        print("finally starts")
        yield "from finally"
        print("finally ends")

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("returned", repr(e.value))
print(list(g()))

def loop_continue_finally():
    for i in range(3):
        try:
            continue
        finally:
            yield i * 10
    yield "after loop"

gen = loop_continue_finally()
print(next(gen), next(gen), next(gen), next(gen))
print(next(gen, "exhausted"))
