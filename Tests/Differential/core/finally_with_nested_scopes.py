# A finally body runs on every way out of its try (normal end, exception,
# return, break, continue), and coro emits one copy of it per exit: the
# comprehensions, lambdas, generator expressions, functions and classes inside it
# must be the same code each time.
def squares_after(values):
    try:
        if not values:
            return "empty"
        total = sum(values)
    finally:
        print("finally", [v * v for v in values], sorted(values, key=lambda v: -v))
    return total


print(squares_after([1, 2, 3]))
print(squares_after([]))


def loop_exits():
    seen = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            seen.append({k: k * i for k in range(2)})
        finally:
            def note(x=i):
                return f"left {x}"
            seen.append(note())
            seen.append(tuple(j for j in range(i)))
    return seen


print(loop_exits())


def raising(flag):
    try:
        try:
            if flag:
                raise ValueError("boom")
            return [n for n in range(3)]
        finally:
            class Marker:
                label = "inner finally"
            print(Marker.label, {c for c in (3, 1, 3)})
    finally:
        print("outer finally", list(map(lambda s: s.upper(), ["x", "y"])))


print(raising(False))
try:
    raising(True)
except ValueError as e:
    print("caught", e)


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup", [x for x in "ab"])


for v in gen():
    print("got", v)
    break


def nested_finally():
    try:
        return "body"
    finally:
        try:
            print([a for a in (1, 2)])
        finally:
            print([b * 10 for b in (1, 2)])


print(nested_finally())
