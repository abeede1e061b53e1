# A finished coroutine refuses send/throw with "cannot reuse already awaited coroutine".
async def spam():
    return "spam"

coro = spam()
try:
    coro.send(None)
except StopIteration as e:
    print("first:", repr(e))
for attempt in ("send", "throw", "throw class"):
    try:
        if attempt == "send":
            coro.send(None)
        elif attempt == "throw":
            coro.throw(Exception("wat"))
        else:
            coro.throw(KeyError)
    except RuntimeError as e:
        print(attempt, "->", e)
print(coro.close(), coro.close())

async def reader(c):
    return await c
s = spam()
try:
    reader(s).send(None)
except StopIteration as e:
    print("reader got", e.value)
try:
    reader(s).send(None)
except RuntimeError as e:
    print("second reader:", e)
