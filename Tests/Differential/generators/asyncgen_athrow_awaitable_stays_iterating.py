# CPython 3.11: an athrow() awaitable that got past an await is left iterating when
# the generator then yields or raises, so sending to it again resumes the generator
# (or reports StopIteration once the generator is finished) instead of "cannot reuse".
# Its arguments are counted only when it first runs; aclose().throw() errors do not
# close the awaitable, and leave the generator marked as running.
class Step:
    def __await__(self):
        return (yield "awaiting")

def op(label, f):
    try:
        print(label, "->", repr(f()))
    except BaseException as e:
        print(label, "!", type(e).__name__, repr(e.args))

async def agen():
    try:
        yield 1
    except ValueError:
        print("caught, awaiting:", await Step())
        yield "after ValueError"
    except KeyError:
        await Step()
        raise IndexError("from KeyError")
    finally:
        print("finally")

a = agen()
op("anext", lambda: a.__anext__().send(None))
t = a.athrow(ValueError)
op("athrow send", lambda: t.send(None))
op("athrow send", lambda: t.send("R"))
op("athrow again", lambda: t.send(None))
op("anext", lambda: a.__anext__().send(None))

a = agen()
op("anext", lambda: a.__anext__().send(None))
t = a.athrow(KeyError)
op("athrow send", lambda: t.send(None))
op("athrow send", lambda: t.send(None))
op("athrow again", lambda: t.send(None))

a = agen()
op("anext", lambda: a.__anext__().send(None))
t = a.athrow()
op("athrow() send", lambda: t.send(None))
op("athrow() again", lambda: t.send(None))

a = agen()
op("anext", lambda: a.__anext__().send(None))
c = a.aclose()
op("aclose throw", lambda: c.throw(KeyError("k")))
op("aclose send", lambda: c.send(None))
op("anext", lambda: a.__anext__().send(None))
an = agen().__anext__()
op("asend throw()", lambda: an.throw())
op("asend throw(ValueError)", lambda: an.throw(ValueError))
