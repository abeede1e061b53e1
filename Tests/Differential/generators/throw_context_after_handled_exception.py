# An exception handled and finished before the yield does not leak into a later throw.
def g():
    try:
        raise KeyError
    except KeyError:
        pass
    try:
        yield
    except Exception as e:
        print("caught", type(e).__name__, "context", repr(e.__context__))
        raise RuntimeError("replacement")

gen = g()
gen.send(None)
try:
    gen.throw(ValueError)
except RuntimeError as e:
    print("RuntimeError", e, "| context:", type(e.__context__).__name__,
          "| its context:", repr(e.__context__.__context__))
