# When the delegate's close() raises, that exception comes out of the delegator's close().
class Grumpy:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def close(self):
        raise KeyError("close failed")

def g():
    try:
        yield from Grumpy()
    finally:
        print("delegator finally runs")

gi = g()
next(gi)
try:
    gi.close()
except KeyError as e:
    print("KeyError", e, "| context:", repr(e.__context__))
print(gi.gi_frame)

def inner():
    try:
        yield 1
    finally:
        raise ValueError("inner cleanup failed")
def outer():
    yield from inner()
o = outer()
next(o)
try:
    o.close()
except ValueError as e:
    print("ValueError", e, "| context:", type(e.__context__).__name__)
