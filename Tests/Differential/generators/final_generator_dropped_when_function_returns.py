# A generator local to a function is closed when the function returns or raises.
def g(tag):
    try:
        while True:
            yield tag
    finally:
        print("  closing", tag)

def peek(tag):
    gen = g(tag)
    first = next(gen)
    print("  peeked", first)
    return first

print("result:", peek("one"))

def loops(tag):
    for value in g(tag):
        return value + "!"
print("result:", loops("two"))

def keeps(tag):
    gen = g(tag)
    next(gen)
    return gen
kept = keeps("three")
print("returned generator still open:", kept.gi_suspended)
kept.close()
print("end")
