# Unbound locals are reported by name in every load form: two loads in a row,
# `i += k` on a local and `total += x` between locals.
def pair():
    a = 1
    if False:
        b = 2
    return a < b

def increment():
    if False:
        i = 0
    i += 1

def accumulate():
    total = 0
    if False:
        x = 1
    total += x

def accumulate_target():
    if False:
        total = 0
    x = 3
    total += x

for fn in (pair, increment, accumulate, accumulate_target):
    try:
        fn()
    except UnboundLocalError as e:
        print(fn.__name__, type(e).__name__, e)

s = 0
for k in range(5):
    s += k
    s -= 1
print(s, {4, 2 ** 70, 3, -1, 2.5}, {1 << 3, 7 // 2, 7 % 3})
