# A coroutine that sends into itself: ValueError "coroutine already executing".
import inspect

async def g():
    print("  state inside:", inspect.getcoroutinestate(me))
    try:
        me.send(None)
    except ValueError as e:
        print("  ValueError:", e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("  throw:", e)
    try:
        me.close()
    except ValueError as e:
        print("  close:", e)
    return "finished"

me = g()
try:
    me.send(None)
except StopIteration as e:
    print("returned", e.value)

async def direct():
    i = me2.send(None)
me2 = direct()
try:
    me2.send(None)
except ValueError as e:
    print("uncaught inside:", e, inspect.getcoroutinestate(me2))
