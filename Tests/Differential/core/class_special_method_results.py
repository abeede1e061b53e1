# What len() and str() do with odd results from __len__ and __repr__: ints of any
# kind via __index__, bools, too-big ints, negatives and non-strings.
class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Indexish:
    def __index__(self):
        return 4


for n in (3, True, 2**70, -1, -2**70, "x", 2.0, Indexish(), None):
    try:
        print(repr(n) if not isinstance(n, Indexish) else "Indexish", "->", len(Sized(n)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

print(bool(Sized(0)), bool(Sized(5)))


class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


class GoodRepr:
    def __repr__(self):
        return "GoodRepr()"


for label, action in [("repr", lambda: repr(BadRepr())), ("str", lambda: str(BadRepr())),
                      ("format", lambda: format(BadRepr())), ("f-string", lambda: f"{BadRepr()}"),
                      ("str of BadStr", lambda: str(BadStr())), ("list", lambda: str([BadRepr()])),
                      ("good", lambda: str(GoodRepr()) + f" {GoodRepr()!s}")]:
    try:
        print(label, action())
    except TypeError as e:
        print(label, "TypeError:", e)
