# Augmented assignment on subscripts and attributes evaluates the target once.
log = []
def idx(i):
    log.append(i)
    return i
counts = [0, 0, 0]
counts[idx(1)] += 5
counts[idx(2)] -= 1
print(counts, log)
d = {"hits": 0}
for _ in range(3):
    d["hits"] += 1
d.setdefault("list", []).append(1)
d["list"] += [2, 3]
print(d)
class Counter:
    total = 0
    def __init__(self):
        self.n = 0
c = Counter()
c.n += 1
c.n *= 10
Counter.total += 100
c.total += 1
print(c.n, c.total, Counter.total)
m = [[1, 2], [3, 4]]
m[0][1] *= 10
m[1][idx(0)] **= 2
print(m, log)
s = {"text": "ab"}
s["text"] *= 3
print(s)
nested = {"a": {"b": 1}}
nested["a"]["b"] += 41
print(nested)
word_counts = {}
for w in "a b a c b a".split():
    if w not in word_counts:
        word_counts[w] = 0
    word_counts[w] += 1
print(word_counts)
try:
    d["missing"] += 1
except KeyError as e:
    print(type(e).__name__, e)
