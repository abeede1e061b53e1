# A caught throw() returns the next yielded value; a handler that returns ends with StopIteration.
class Retry(Exception):
    pass

def worker():
    attempt = 0
    while attempt < 3:
        try:
            yield "attempt %d" % attempt
        except Retry as r:
            print("retry requested:", r)
        attempt += 1
    return "gave up"

w = worker()
print(next(w))
print(w.throw(Retry("first")))
print(w.throw(Retry, "second"))
try:
    w.throw(Retry("third"))
except StopIteration as e:
    print("StopIteration", e.value)

def swallow():
    try:
        yield
    except:
        pass

s = swallow()
s.send(None)
try:
    s.throw(ValueError)
except StopIteration as e:
    print("swallowed, then", repr(e))
