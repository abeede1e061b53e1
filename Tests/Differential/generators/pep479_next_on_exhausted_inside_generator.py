# A bare next() on an exhausted iterator inside a generator no longer ends it quietly.
def firsts(*iterables):
    for it in iterables:
        yield next(iter(it))

print(list(firsts("ab", [1])))
try:
    print(list(firsts("ab", [], "c")))
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", type(e.__cause__).__name__)

def safe_firsts(*iterables):
    for it in iterables:
        try:
            yield next(iter(it))
        except StopIteration:
            return
print(list(safe_firsts("ab", [], "c")))

def with_default(*iterables):
    for it in iterables:
        yield next(iter(it), None)
print(list(with_default("ab", [], "c")))
