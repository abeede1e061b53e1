# StopIteration raised and caught inside a generator is an ordinary exception.
def g():
    try:
        raise StopIteration("handled")
    except StopIteration as e:
        yield "caught " + str(e)
    try:
        next(iter([]))
    except StopIteration:
        yield "empty iterator handled"
    it = iter([1])
    for v in it:
        yield v
    yield next(it, "default")

print(list(g()))

def stop_in_finally():
    try:
        yield 1
    finally:
        try:
            raise StopIteration
        except StopIteration:
            print("  finally handled its own StopIteration")
print(list(stop_in_finally()))
