# await chains count toward the recursion limit too.
async def depth(n):
    if n == 0:
        return 0
    return 1 + await depth(n - 1)

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

print(run(depth(100)))
c = depth(5000)
try:
    run(c)
except RecursionError as e:
    print(type(e).__name__)

async def forever():
    await forever()
f = forever()
try:
    f.send(None)
except RecursionError as e:
    print(type(e).__name__)
print(run(depth(10)))
