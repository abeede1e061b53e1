# A coroutine that awaits again after GeneratorExit: "coroutine ignored GeneratorExit".
import inspect

class Pause:
    def __await__(self):
        yield "pause"

async def stubborn():
    try:
        await Pause()
    except GeneratorExit:
        print("  caught GeneratorExit, awaiting again")
        await Pause()

c = stubborn()
print(c.send(None))
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration:
    print("finished after the second pause")
print(inspect.getcoroutinestate(c))

async def polite():
    try:
        await Pause()
    except GeneratorExit:
        print("  cleaning up")
        raise
p = polite()
p.send(None)
print("close ->", p.close(), inspect.getcoroutinestate(p))
