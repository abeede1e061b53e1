# Resuming a generator from inside itself: ValueError "generator already executing".
import inspect

def self_next():
    print("state inside:", inspect.getgeneratorstate(me))
    value = next(me)
    yield value

me = self_next()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
print(inspect.getgeneratorstate(me))

def self_send():
    try:
        me2.send(None)
    except ValueError as e:
        print("inside:", e)
    try:
        me2.throw(KeyError)
    except ValueError as e:
        print("throw inside:", e)
    try:
        me2.close()
    except ValueError as e:
        print("close inside:", e)
    yield "survived"

me2 = self_send()
print(next(me2))
print(list(me2))
