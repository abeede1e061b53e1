# yield from continues a half-used generator; a finished one gives None at once.
def letters():
    yield "a"
    yield "b"
    yield "c"
    return "letters done"

partial = letters()
print(next(partial))

def take_rest(it):
    result = yield from it
    yield ("result", result)

print(list(take_rest(partial)))
print(list(take_rest(partial)))

closed = letters()
next(closed)
closed.close()
print(list(take_rest(closed)))

def running():
    yield from me
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
