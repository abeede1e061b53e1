# A value returned once from a deep chain arrives intact, even a mutable one built on the fly.
def leaf():
    yield "leaf"
    return [42]

def middle():
    result = yield from leaf()
    result.append(43)
    return result

def top():
    result = yield from middle()
    yield result

print(list(top()))
print(list(middle()))
g = middle()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
