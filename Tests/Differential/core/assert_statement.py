# assert with and without a message; the message is evaluated only on failure.
def check(x):
    assert x > 0, f"expected positive, got {x}"
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
calls = []
def message():
    calls.append("evaluated")
    return "msg"
assert True, message()
print(calls)
try:
    assert 1 == 2, message()
except AssertionError as e:
    print(e, calls)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args, e)
try:
    assert None, 42
except AssertionError as e:
    print(repr(e))
pair = (1, 2)
assert pair, "a non-empty tuple is true"
values = [3, 1, 2]
assert sorted(values) == [1, 2, 3]
print("all assertions that should pass passed")
