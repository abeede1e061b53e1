# for loops with else, break, continue, and nested loops.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([4, 5, 6], 5)
find([4, 5, 6], 7)
find([], 1)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for ch in "a1b2c3":
    if ch in "0123456789":
        continue
    print(ch, end="")
print()
total = 0
for row in [[1, 2], [3, -1, 4], [5]]:
    for v in row:
        if v < 0:
            break
        total += v
    else:
        total += 100
print(total)
for i in range(3):
    pass
print("i after loop:", i)
for x in []:
    pass
else:
    print("empty loop else")
