# Finalization of a dropped generator raises GeneratorExit, which except Exception ignores.
def g():
    try:
        yield
    except Exception:
        print("except Exception (should not print)")
    finally:
        print("finally")

it = g()
next(it)
del it
print("after del")

def counts():
    n = 0
    try:
        while True:
            n += 1
            yield n
    finally:
        print("counted to", n)

c = counts()
print(next(c), next(c), next(c))
c = "something else"
print(c)
