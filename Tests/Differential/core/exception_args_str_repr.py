# str(), repr() and .args of exceptions with zero, one and several arguments.
cases = [ValueError(), ValueError("one"), ValueError("a", 2), ValueError(42),
         KeyError("key"), KeyError(), KeyError("a", "b"), KeyError(3),
         IndexError("idx"), Exception(None), RuntimeError(""), TypeError([1, 2])]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = StopIteration(7)
print(e.value, e.args, repr(e))
print(StopIteration().value, StopIteration(1, 2).value)
print(str(ZeroDivisionError("division by zero")), AssertionError("msg").args)
try:
    raise ValueError
except ValueError as err:
    print(repr(err), err.args, str(err) == "")
try:
    raise NotImplementedError("todo")
except RuntimeError as err:
    print("NotImplementedError is a RuntimeError:", err)
print(f"{KeyError('x')}", f"{KeyError('x')!r}", "{}".format(ValueError("v")))
print([ValueError("in list")], (KeyError("k"),))
err = ValueError("mutable")
err.args = ("changed", 1)
print(err, err.args)
