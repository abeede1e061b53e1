# Driving a coroutine by hand: send(None) until StopIteration carries the return value.
class Yield:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return (yield self.value)

async def simple():
    return 10

async def with_pauses():
    a = await Yield("first")
    b = await Yield("second")
    return (a, b)

def run(coro):
    yielded = []
    value = None
    while True:
        try:
            yielded.append(coro.send(value))
            value = len(yielded)
        except StopIteration as e:
            return yielded, (e.args[0] if e.args else None)

print(run(simple()))
print(run(with_pauses()))
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print(repr(e), e.value)
