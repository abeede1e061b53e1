# The errors raised by list operations and their messages.
a = [1, 2, 3]
tests = [
    lambda: a[3],
    lambda: a[-4],
    lambda: [].pop(),
    lambda: a.pop(10),
    lambda: a.remove(9),
    lambda: a.index(9),
    lambda: a["0"],
    lambda: a + (4,),
    lambda: a * [2],
    lambda: a.insert("x", 1),
    lambda: a.index(),
    lambda: a.append(1, 2),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
try:
    a[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a[7]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[::2] = [9, 9, 9]
except ValueError as e:
    print(type(e).__name__, e)
print(a)
