# while loops with else, break and continue.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while finished normally")
i = 10
while i > 0:
    if i == 7:
        print("breaking at", i)
        break
    i -= 1
else:
    print("not printed")
while False:
    print("never")
else:
    print("else runs even when body never runs")
count = 0
while True:
    count += 1
    if count >= 3:
        break
print("count", count)
a, b = 0, 1
fibs = []
while b < 100:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    else:
        print("inner completed")
    print(outer, inner)
    outer += 1
