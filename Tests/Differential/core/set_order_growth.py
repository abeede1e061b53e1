# Set order as the table grows and resizes.
s = set()
for v in [40, 8, 33, 1, 25, 17, 9]:
    s.add(v)
    print(s)
big = set()
for v in range(50, 0, -3):
    big.add(v)
print(big)
print(len(big))
colliding = set()
for k in range(10):
    colliding.add(k * 32)
    if k % 3 == 2:
        print(colliding)
print(colliding)
mix = {i * i for i in range(12)}
print(mix)
steps = set()
for i in range(20):
    steps.add((i * 37) % 64)
print(steps)
print(set(range(20, 0, -1)))
