# `total += yield` in a loop: the sent value is added each time.
def summing(log, limit):
    total = 0
    while total < limit:
        total += yield
        log.append(total)
    return "limit reached"

log = []
s = summing(log, 35)
print(next(s), log)
for step in (10, 10, 10):
    print(s.send(step), log)
try:
    s.send(10)
except StopIteration as e:
    print(e.value, log)

def word_builder():
    word = ""
    while True:
        word += yield word
b = word_builder()
print(repr(next(b)), b.send("ab"), b.send("cd"))
