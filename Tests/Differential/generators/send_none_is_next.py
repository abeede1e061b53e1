# send(None) is next(); both work at the start and in the middle.
def numbers():
    n = 0
    while n < 4:
        got = yield n
        print("  got", got)
        n += 1

g = numbers()
print(g.send(None))
print(next(g))
print(g.send(None))
print(g.__next__())
try:
    g.send("last")
except StopIteration:
    print("finished")
try:
    g.send(None)
except StopIteration:
    print("still finished")
try:
    g.send("value after end")
except StopIteration:
    print("non-None after end is StopIteration too")
