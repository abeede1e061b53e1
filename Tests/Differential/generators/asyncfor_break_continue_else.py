# break, continue and else in async for, and the loop variable afterwards.
class Numbers:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

async def with_break():
    seen = []
    async for i in Numbers(10):
        if i == 4:
            break
        seen.append(i)
    else:
        seen.append("else")
    return seen, i

async def with_continue():
    seen = []
    async for i in Numbers(6):
        if i % 2:
            continue
        seen.append(i)
    else:
        seen.append("else")
    return seen, i

async def empty():
    i = "untouched"
    async for i in Numbers(0):
        pass
    else:
        return "else ran", i

print(run(with_break()))
print(run(with_continue()))
print(run(empty()))
