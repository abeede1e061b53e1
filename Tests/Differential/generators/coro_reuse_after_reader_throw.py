# A coroutine finished by an exception thrown through its awaiting reader cannot be reused.
class Nop:
    def __await__(self):
        yield "nop"

async def send():
    await Nop()
    return "spam"

async def read(coro):
    await Nop()
    return await coro

spammer = send()
reader = read(spammer)
print(reader.send(None))
print(reader.send(None))
try:
    reader.throw(Exception("ham"))
except Exception as e:
    print("thrown through:", type(e).__name__, e)

reader = read(spammer)
print(reader.send(None))
try:
    reader.send(None)
except RuntimeError as e:
    print("send ->", e)
try:
    reader.throw(Exception("wat"))
except Exception as e:
    print("throw ->", type(e).__name__, e)
