# A generator suspended inside an except block: what is thrown in gets that exception as context.
def g():
    try:
        raise KeyError("a")
    except Exception:
        yield "in handler"

it = g()
print(it.send(None))
try:
    it.throw(ValueError)
except ValueError as e:
    c = e.__context__
    print(type(e).__name__, "context:", type(c).__name__, c.args)

def inside():
    try:
        raise KeyError("b")
    except Exception:
        try:
            yield "nested"
        except Exception as exc:
            print("seen inside:", type(exc).__name__, "context", repr(exc.__context__))
            yield "after throw"

it = inside()
it.send(None)
print(it.throw(ValueError))

def via_delegation():
    def sub():
        yield "sub"
    try:
        raise KeyError("c")
    except Exception:
        yield from sub()
it = via_delegation()
it.send(None)
try:
    it.throw(ValueError("through yield from"))
except ValueError as e:
    print("yield from:", e, "context", repr(e.__context__))
