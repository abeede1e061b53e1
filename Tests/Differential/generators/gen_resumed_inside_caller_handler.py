# A generator resumed inside the caller's except block shares that handled exception:
# a bare raise there re-raises it; once the handler ends there is nothing to re-raise.
def g():
    try:
        raise
    except RuntimeError as e:
        yield "nothing active: " + str(e)
    except Exception as e:
        yield "bare raise found " + repr(e)
    yield "second step"
    try:
        raise
    except RuntimeError as e:
        yield "no active exception: " + str(e)

it = g()
try:
    raise ValueError("caller's")
except ValueError:
    print(next(it))
print(next(it))
print(next(it))

fresh = g()
print(next(fresh))
