# Lambdas containing yield are generator functions; their result is the return value.
pair = lambda: ((yield 1), (yield 2))
print(list(pair()))
one = lambda: (yield "x")
print(list(one()), type(one()).__name__)

def plain():
    return (yield 1)
def delegating():
    return (yield from plain())

makers = [
    ("lambda yield", lambda: (yield 1)),
    ("def yield", plain),
    ("lambda yield from def", lambda: (yield from plain())),
    ("def yield from def", delegating),
    ("lambda yield from lambda", lambda: (yield from one())),
]
for label, make in makers:
    g = make()
    first = next(g)
    try:
        g.send(2)
    except StopIteration as e:
        print(label, first, "returned", e.value)
g = pair()
print(next(g), g.send("A"))
try:
    g.send("B")
except StopIteration as e:
    print("tuple returned", e.value)
