# A custom iterator's StopIteration(value) becomes the value of the yield from expression.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n + 1

class Immediate:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)

def gen(it):
    ret = yield from it
    print("yield from returned", repr(ret))

print(list(gen(Countdown(3))))
print(list(gen(Immediate())))
print(list(gen(iter([]))))
