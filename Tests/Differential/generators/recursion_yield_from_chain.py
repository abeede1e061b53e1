# A yield from chain deeper than the recursion limit raises RecursionError; shallower ones work.
def chain(n):
    if n == 0:
        yield "bottom"
        return "ret"
    result = yield from chain(n - 1)
    return result

print(list(chain(50)))
g = chain(100)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned through 100 levels:", e.value)

try:
    list(chain(5000))
except RecursionError as e:
    print(type(e).__name__)

def forever():
    yield from forever()
try:
    next(forever())
except RecursionError as e:
    print(type(e).__name__)
print("still working:", list(chain(3)))
