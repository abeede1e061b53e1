# Hamming numbers (2^i 3^j 5^k) from generators that read a shared lazy list.
def scaled(k, it):
    for v in it:
        yield k * v

def merge(a, b):
    x, y = next(a), next(b)
    while True:
        if x < y:
            yield x
            x = next(a)
        elif y < x:
            yield y
            y = next(b)
        else:
            yield x
            x, y = next(a), next(b)

class Memo:
    def __init__(self, gen):
        self.seen = []
        self.pull = gen.__next__

    def __getitem__(self, i):
        while i >= len(self.seen):
            self.seen.append(self.pull())
        return self.seen[i]

def hamming():
    yield 1
    for v in merge(merge(scaled(2, numbers), scaled(3, numbers)), scaled(5, numbers)):
        yield v

numbers = Memo(hamming())
for row in range(4):
    print([numbers[j] for j in range(12 * row, 12 * (row + 1))])
print(len(numbers.seen))
