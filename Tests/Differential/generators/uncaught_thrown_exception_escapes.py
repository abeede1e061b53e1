# Uncaught: an exception thrown into a generator that does not handle it.
class Cancelled(Exception):
    pass

def worker():
    try:
        while True:
            yield "working"
    finally:
        print("worker cleans up")

w = worker()
print(next(w))
w.throw(Cancelled("stop now"))
print("not reached")
