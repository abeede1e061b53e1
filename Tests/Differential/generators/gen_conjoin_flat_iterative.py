# A recursion-free conjoin: a stack of bound __next__ methods instead of nested generators.
def flat_conjoin(makers):
    n = len(makers)
    values = [None] * n
    steps = [None] * n
    i = 0
    while True:
        try:
            while i < n:
                step = steps[i] = makers[i]().__next__
                values[i] = step()
                i += 1
        except StopIteration:
            pass
        else:
            yield values[:]
        i -= 1
        while i >= 0:
            try:
                values[i] = steps[i]()
                i += 1
                break
            except StopIteration:
                i -= 1
        else:
            break

print(list(flat_conjoin([lambda: iter("ab"), lambda: iter((1, 2, 3))])))
print(list(flat_conjoin([lambda: iter("xy"), lambda: iter(()), lambda: iter("z")])))
print(len(list(flat_conjoin([lambda: iter(range(3))] * 4))))
