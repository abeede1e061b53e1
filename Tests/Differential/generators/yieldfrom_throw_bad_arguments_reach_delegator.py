# throw()'s arguments are checked where the exception is finally raised: inside the
# innermost generator of a yield from chain; the TypeError then surfaces in its
# delegator, which can catch it.
def inner():
    try:
        yield "inner"
    finally:
        print("  inner finally")

def outer():
    try:
        yield from inner()
    except TypeError as e:
        print("  outer caught:", e)
        yield "outer recovered"

for args in [(ValueError("x"), "separate value"), (ValueError, None, "not a traceback"), (42,)]:
    o = outer()
    next(o)
    try:
        print(o.throw(*args))
    except TypeError as e:
        print("raised to caller:", e)
    o.close()
    print("---")
