# Comparing deeply nested lists or dicts recurses once per level, and each level
# counts toward the recursion limit (RecursionError "in comparison"), while
# shallow nesting and comparisons made deep inside a call chain still work.
a = []
b = []
for i in range(5000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", e)
d1 = {}
d2 = {}
for i in range(5000):
    d1 = {"k": d1}
    d2 = {"k": d2}
try:
    print(d1 == d2)
except RecursionError as e:
    print("RecursionError", e)
x = [[[[1]]]]
print(x == [[[[1]]]], (1, (2, (3,))) < (1, (2, (4,))), [1, [2]] != [1, [2]])
def nest(n):
    if n == 0:
        return [[1] * 3] == [[1] * 3]
    return nest(n - 1)
print(nest(900))
