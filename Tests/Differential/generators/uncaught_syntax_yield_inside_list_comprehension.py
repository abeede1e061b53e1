# Uncaught at compile time: `yield` inside a list comprehension is a SyntaxError
# (since 3.8), even inside a generator function, so nothing in this file runs.
print("never printed")

def squares(xs):
    yield "start"
    return [(yield x * x) for x in xs]

for v in squares([1, 2]):
    print(v)
print("never printed either")
