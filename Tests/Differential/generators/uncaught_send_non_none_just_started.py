# Uncaught: send("x") to a generator that has not started.
def g():
    received = yield "ready"
    print("received", received)

ok = g()
print(next(ok))
try:
    ok.send("fine now")
except StopIteration:
    print("first generator finished")

fresh = g()
print("sending too early")
fresh.send("x")
print("not reached")
