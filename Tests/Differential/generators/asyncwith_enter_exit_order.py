# async with two managers: enter/exit awaitables run in order; one suppresses the error.
class Yielder:
    def __init__(self, items):
        self.items = items
    def __await__(self):
        yield from self.items

class Manager:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await Yielder(["enter-1-" + self.name, "enter-2-" + self.name])
        return self
    async def __aexit__(self, typ, val, tb):
        await Yielder(["exit-" + self.name + "-" + (typ.__name__ if typ else "None")])
        return self.name == "B"

def run(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return out, e.value

async def foo(second):
    async with Manager("A") as a, Manager(second) as b:
        await Yielder([("managers", a.name, b.name)])
        1 / 0
    return "after the block"

for line in run(foo("B"))[0]:
    print(line)
try:
    run(foo("C"))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
