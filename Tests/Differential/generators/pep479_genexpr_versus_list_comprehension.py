# StopIteration from a condition: a genexpr turns it into RuntimeError, a list comp lets it out.
def stopper():
    raise StopIteration("stop!")

def cond(x):
    if x == 2:
        stopper()
    return True

try:
    print(list(x for x in range(5) if cond(x)))
except RuntimeError as e:
    print("genexpr:", type(e).__name__, e, "| cause:", repr(e.__cause__))
except StopIteration as e:
    print("genexpr leaked StopIteration")

try:
    print([x for x in range(5) if cond(x)])
except StopIteration as e:
    print("list comprehension:", type(e).__name__, repr(e))

try:
    print({x: 1 for x in range(5) if cond(x)})
except StopIteration as e:
    print("dict comprehension:", repr(e))

it = iter([1, 2])
try:
    print(list(next(it) for _ in range(5)))
except RuntimeError as e:
    print("genexpr with next():", e)
it = iter([1, 2])
try:
    print([next(it) for _ in range(5)])
except StopIteration:
    print("list comprehension with next(): StopIteration")
