# A second __anext__/athrow/aclose while one is awaiting: "asynchronous generator is already running".
class Pause:
    def __await__(self):
        yield "pause"

async def gen():
    await Pause()
    yield 1

g = gen()
first = g.__anext__()
print(first.send(None), "ag_running:", g.ag_running)
for label, make in [("__anext__", g.__anext__), ("asend", lambda: g.asend(None)),
                    ("athrow", lambda: g.athrow(ValueError)), ("aclose", g.aclose)]:
    try:
        make().send(None)
    except RuntimeError as e:
        print(label, "->", e)
try:
    first.send(None)
except StopIteration as e:
    print("first finishes with", e.value, "ag_running:", g.ag_running)
try:
    g.aclose().send(None)
except StopIteration:
    print("closed")
