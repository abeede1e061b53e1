# yield from hands throw()'s arguments, as given, to the delegate's own throw() method.
class Delegate:
    def __iter__(self):
        return self
    def __next__(self):
        return "value"
    def throw(self, *args):
        print("  delegate.throw got", args)
        raise args[0] if isinstance(args[0], BaseException) else args[0]()

def g():
    try:
        yield from Delegate()
    except ValueError as e:
        print("  delegator caught", repr(e))
        yield "after"

for args in [(ValueError,), (ValueError("x"),), (ValueError, "v"),
             (ValueError, ValueError("w"), None)]:
    gi = g()
    next(gi)
    print(gi.throw(*args))
    gi.close()

class Handles(Delegate):
    def throw(self, typ, val=None, tb=None):
        return "handled %s" % getattr(typ, "__name__", typ)
def h():
    yield from Handles()
hi = h()
next(hi)
print(hi.throw(KeyError), hi.throw(KeyError("k")))
hi.close()
