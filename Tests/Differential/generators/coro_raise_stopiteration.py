# StopIteration raised inside a coroutine becomes "coroutine raised StopIteration".
async def foo():
    raise StopIteration("inside")

try:
    foo().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

async def via_call():
    next(iter([]))
try:
    via_call().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

async def caught():
    try:
        raise StopIteration
    except StopIteration:
        return "handled inside"
try:
    caught().send(None)
except StopIteration as e:
    print("returned:", e.value)
