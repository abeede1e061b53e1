# Uncaught: close() propagates the exception a GeneratorExit handler raises.
def g():
    try:
        yield "open"
    except GeneratorExit:
        print("handler raising")
        raise ValueError("cleanup failed")

it = g()
print(next(it))
it.close()
print("not reached")
