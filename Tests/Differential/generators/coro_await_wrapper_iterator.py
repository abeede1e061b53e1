# coro.__await__() gives an iterator over the same coroutine: next() and send() alternate.
class Yield:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return (yield self.value)

async def body():
    got = []
    for i in range(4):
        got.append(await Yield(i))
    return got

def run_await(coro):
    aw = coro.__await__()
    print(" ", type(aw).__name__, iter(aw) is aw)
    out, i = [], 0
    while True:
        try:
            out.append(next(aw) if i % 2 else aw.send(None))
            i += 1
        except StopIteration as e:
            return out, e.value

print(run_await(body()))
c = body()
aw = c.__await__()
print(aw.send(None), aw.send("s1"), next(aw), aw.send("s3"))
try:
    aw.send("s4")
except StopIteration as e:
    print("result", e.value)
