# Uncaught: closing a coroutine that awaits again after GeneratorExit.
class Pause:
    def __await__(self):
        yield "paused"

async def stubborn():
    try:
        await Pause()
    except GeneratorExit:
        print("awaiting during close")
        await Pause()

c = stubborn()
print(c.send(None))
c.close()
