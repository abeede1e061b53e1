# Yields inside finally while an exception is pending: the exception resumes afterwards.
def g():
    try:
        yield 1
        1 / 0
    finally:
        yield 2
        yield 3
    yield 100

def drain(gen):
    out = []
    while True:
        try:
            out.append(next(gen))
        except StopIteration:
            out.append("STOP")
            return out
        except Exception as e:
            out.append(type(e).__name__)

print(drain(g()))

def h():
    try:
        yield 1
    finally:
        yield 2
        [][0]
        yield 3
    yield 100
print(drain(h()))
