# if / elif / else chains, nested ifs and truthiness of conditions.
def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n < 10:
        kind = "small"
    elif n < 100:
        kind = "medium"
    else:
        kind = "large"
    return kind
print([classify(n) for n in (-5, 0, 3, 42, 1000)])
for value in [[], [0], "", "x", None, 0.0, {}]:
    if value:
        print(repr(value), "is truthy")
    else:
        print(repr(value), "is falsy")
x = 7
if x > 5:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if x: print("one-line if")
if not x:
    print("never")
elif x == 7: print("one-line elif")
if x > 100:
    pass
else:
    print("else branch")
if (x > 3 and
        x < 10):
    print("continued condition")
