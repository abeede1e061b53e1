# The iterator protocol with __iter__ and __next__ on user classes.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)))
for n in Countdown(2):
    print("tick", n)
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"))
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
print(list(zip(Countdown(3), "abc")), dict(enumerate(Countdown(2))))
class Repeat:
    def __init__(self, value, times):
        self.value = value
        self.times = times
    def __iter__(self):
        return RepeatIterator(self.value, self.times)
class RepeatIterator:
    def __init__(self, value, times):
        self.value = value
        self.left = times
    def __iter__(self):
        return self
    def __next__(self):
        if not self.left:
            raise StopIteration
        self.left -= 1
        return self.value
rep = Repeat("x", 3)
print(list(rep), list(rep), "".join(rep))
a, b, c = Repeat(7, 3)
print(a, b, c, [v * 2 for v in Repeat(1, 2)], 7 in Repeat(7, 1))
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
