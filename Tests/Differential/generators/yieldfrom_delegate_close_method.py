# close() and throw(GeneratorExit) call the delegate's close() method, not its throw().
class Delegate:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def throw(self, *args):
        print("  throw called with", args)
        raise args[0]
    def close(self):
        print("  close called")

def g():
    try:
        yield from Delegate()
    except BaseException as e:
        print("  delegator caught", repr(e))

gi = g()
next(gi)
print("close:", gi.close())
gi = g()
next(gi)
try:
    gi.throw(GeneratorExit)
except StopIteration:
    print("throw(GeneratorExit) ended the delegator")
gi = g()
next(gi)
try:
    gi.throw(GeneratorExit())
except StopIteration:
    print("throw(GeneratorExit()) too")
