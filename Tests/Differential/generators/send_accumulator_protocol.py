# A coroutine-style generator: prime it, feed it, read the result from StopIteration.
def collector(stop_word):
    items = []
    while True:
        item = yield len(items)
        if item == stop_word:
            return items
        items.append(item)

c = collector("END")
print(next(c))
for word in ["alpha", "beta", "gamma"]:
    print(word, c.send(word))
try:
    c.send("END")
except StopIteration as e:
    print("collected", e.value)

def grep(pattern):
    hits = 0
    try:
        while True:
            line = yield
            if pattern in line:
                hits += 1
                print("match:", line)
    finally:
        print("grep closed after", hits, "hits")

g = grep("py")
next(g)
for line in ("python", "ruby", "pypy", "swift"):
    g.send(line)
g.close()
