# The value passed to send() becomes the value of the paused yield expression.
def echo():
    print("got", (yield 1))
    print("got", (yield 2))
    return "end"

g = echo()
print("next ->", next(g))
print("send ->", g.send(42))
try:
    g.send([1, 2])
except StopIteration as e:
    print("stopped with", e.value)

def bare():
    yield
print(list(bare()), next(bare()))

def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = running_average()
next(avg)
print([avg.send(v) for v in (10, 20, 60)])
