# A generator is its own iterator; its type is `generator`; gi_running is read-only.
def g():
    yield 1

it = g()
print(type(g), type(it), type(it).__name__)
print(iter(it) is it, it.__iter__() is it, it.__next__())
for name in ("close", "gi_code", "gi_frame", "gi_running", "gi_suspended",
             "gi_yieldfrom", "send", "throw", "__next__", "__iter__", "__await__"):
    print(name, hasattr(it, name))
print(it.gi_running, type(it.gi_frame).__name__)
try:
    it.gi_running = 42
except AttributeError as e:
    print("AttributeError", e)

def watch():
    yield me.gi_running
    yield me.gi_suspended
me = watch()
print(me.gi_running, next(me), me.gi_running, next(me), me.gi_suspended)
print(isinstance(it, type(me)), type(it) is type(me))
