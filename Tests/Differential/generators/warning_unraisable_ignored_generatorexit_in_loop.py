# A generator that keeps yielding in a loop whatever is thrown in is finalized only
# once (PEP 442): when it is dropped, closing it fails ("Exception ignored in" on
# stderr, compared by its last line) and it is then released, not closed again.
def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("  stubborn ignores GeneratorExit")

def delegator():
    try:
        yield from stubborn()
    except RuntimeError as e:
        print("  delegator caught:", e)
        yield "delegator after"

g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("close():", e)
print("dropping g")
g = None
print("the program continues")

d = delegator()
print(next(d))
try:
    d.close()
except RuntimeError as e:
    print("close() of delegator:", e)
print("dropping d")
d = None
print("end")
