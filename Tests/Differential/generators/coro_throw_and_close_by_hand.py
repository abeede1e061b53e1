# throw() into a suspended coroutine reaches the awaited point; close() runs its finally.
class Pause:
    def __await__(self):
        return (yield "paused")

async def worker():
    try:
        while True:
            try:
                got = await Pause()
                print("  got", got)
            except ValueError as e:
                print("  handled", repr(e))
    finally:
        print("  worker finally")

w = worker()
print(w.send(None))
print(w.send("data"))
print(w.throw(ValueError("bad")))
print(w.throw(ValueError, "bad class form"))
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("escaped", repr(e))
print(w.cr_frame)

w2 = worker()
w2.send(None)
print("close ->", w2.close())
w3 = worker()
try:
    w3.throw(ValueError("before start"))
except ValueError as e:
    print("just created:", repr(e), w3.cr_frame)
