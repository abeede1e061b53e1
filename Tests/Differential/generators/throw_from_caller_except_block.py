# Exceptions thrown from inside the caller's except block, and bare raise in the generator.
def g():
    try:
        yield "start"
    except Exception as exc:
        print("caught", repr(exc), "context", repr(exc.__context__))
        yield "handled"
        yield "still inside the handler"
        raise

make = g()
next(make)
try:
    raise ValueError("original")
except Exception as exc:
    print(make.throw(exc))
print(next(make))
try:
    next(make)
except ValueError as e:
    print("re-raised", repr(e), "context", repr(e.__context__))
