# Recursive generators re-yielding through for loops also hit RecursionError when too deep.
def countdown(n):
    if n:
        for v in countdown(n - 1):
            yield v
    yield n

print(sum(countdown(200)))
try:
    sum(countdown(3000))
except RecursionError as e:
    print(type(e).__name__)

def tree_sum(depth):
    if depth == 0:
        yield 1
    else:
        yield sum(tree_sum(depth - 1))
        yield sum(tree_sum(depth - 1))
print(sum(tree_sum(8)))

def deep_list(n):
    return list(deep_gen(n))
def deep_gen(n):
    yield deep_list(n - 1) if n else []
try:
    deep_list(2000)
except RecursionError as e:
    print(type(e).__name__)
print(deep_list(3))
