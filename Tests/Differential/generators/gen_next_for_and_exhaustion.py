# A generator driven by for, by next(), and past its end: StopIteration every time.
def two_values():
    yield "first"
    yield "second"

for item in two_values():
    print("for got", item)

g = two_values()
print(next(g))
print(next(g))
for attempt in range(3):
    try:
        next(g)
    except StopIteration as e:
        print("attempt", attempt, type(e).__name__, repr(e), e.value, e.args)
print(next(g, "default after end"))
print(list(g), list(two_values()))
print(tuple(two_values()), sorted(two_values(), reverse=True))
