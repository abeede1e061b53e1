# A delegate without throw(): the exception is raised at the delegator's yield from.
class Plain:
    def __iter__(self):
        return self
    def __next__(self):
        return "item"
    def close(self):
        print("  Plain.close called")

def g():
    try:
        yield from Plain()
    except BaseException as e:
        print("  delegator caught", repr(e))
        yield "recovered"

gi = g()
next(gi)
print(gi.throw(ValueError("v")))
gi.close()

gi = g()
next(gi)
print(gi.throw(GeneratorExit))
gi.close()

class Bare:
    def __iter__(self):
        return self
    def __next__(self):
        return 0
def h():
    yield from Bare()
hi = h()
next(hi)
print("close with no close method:", hi.close())
