# gi_running is true only while the body executes; gi_suspended only while paused at a yield.
def g():
    print("  inside: running", me.gi_running, "suspended", me.gi_suspended)
    yield 1
    print("  inside again: running", me.gi_running, "suspended", me.gi_suspended)
    try:
        yield 2
    except KeyError:
        print("  in handler: running", me.gi_running, "suspended", me.gi_suspended)
        yield 3

me = g()
print("created:", me.gi_running, me.gi_suspended)
next(me)
print("after 1:", me.gi_running, me.gi_suspended)
next(me)
print("after 2:", me.gi_running, me.gi_suspended)
me.throw(KeyError)
print("after 3:", me.gi_running, me.gi_suspended)
me.close()
print("closed:", me.gi_running, me.gi_suspended)
print(type(me.gi_running).__name__, type(me.gi_suspended).__name__)

def delegating():
    yield from me2
me2 = (x for x in range(2))
d = delegating()
next(d)
print("delegate:", me2.gi_running, me2.gi_suspended, "delegator:", d.gi_running, d.gi_suspended)
