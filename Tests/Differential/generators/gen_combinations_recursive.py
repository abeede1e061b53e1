# Recursive generator of all k-element combinations of a list.
def combos(items, k):
    if k > len(items):
        return
    if k == 0:
        yield []
        return
    head, tail = items[0], items[1:]
    for rest in combos(tail, k - 1):
        yield [head] + rest
    for rest in combos(tail, k):
        yield rest

letters = ["w", "x", "y", "z"]
for k in range(len(letters) + 2):
    found = list(combos(letters, k))
    print(k, len(found), ["".join(c) for c in found])

def powerset(items):
    for k in range(len(items) + 1):
        yield from combos(items, k)

print(sum(1 for _ in powerset(list(range(6)))))
