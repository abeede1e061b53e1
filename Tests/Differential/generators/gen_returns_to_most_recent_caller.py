# A generator resumes wherever the most recent next() came from.
def counter(n):
    for i in range(n):
        print("  counter at", i)
        yield i

def start_it():
    c = counter(4)
    print("start_it took", next(c))
    return c

def finish_it():
    c = start_it()
    for v in c:
        print("finish_it took", v)
    return "done"

print(finish_it())

def relay(n):
    for v in counter(n):
        yield v * 100

print(list(relay(3)))

def pair_up(it):
    while True:
        try:
            a = next(it)
            b = next(it)
        except StopIteration:
            return
        yield a, b

print(list(pair_up(iter("abcdefg"))))
