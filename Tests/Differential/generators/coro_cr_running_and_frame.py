# cr_running, cr_suspended and cr_frame (f_lineno, f_locals) of a hand-driven coroutine.
class Pause:
    def __await__(self):
        yield

async def task(n):
    print("  running inside:", me.cr_running, me.cr_suspended)
    total = n * 2
    await Pause()
    total += 1
    await Pause()
    return total

me = task(5)
print(me.cr_running, me.cr_suspended, me.cr_frame.f_lineno, me.cr_frame.f_locals)
me.send(None)
print(me.cr_running, me.cr_suspended, me.cr_frame.f_lineno, me.cr_frame.f_locals)
me.send(None)
print(me.cr_frame.f_lineno, me.cr_frame.f_locals["total"])
try:
    me.send(None)
except StopIteration as e:
    print("result", e.value, me.cr_frame, me.cr_running, me.cr_suspended)
try:
    me.cr_running = True
except AttributeError as e:
    print("AttributeError", e)
