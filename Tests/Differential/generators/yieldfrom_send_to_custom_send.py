# send(None) goes to the delegate's __next__, any other value to its send().
class Recorder:
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        self.log.append("next")
        return len(self.log)
    def send(self, what):
        self.log.append(("send", what))
        if what == "stop":
            raise StopIteration("stopped by send")
        return len(self.log)

rec = Recorder()
def outer():
    v = yield from rec
    print("yield from value:", v)

g = outer()
print(next(g))
print(g.send((1, 2, 3, 4)))
print(g.send(None))
print(g.send([]))
try:
    g.send("stop")
except StopIteration:
    print("outer finished")
print(rec.log)
