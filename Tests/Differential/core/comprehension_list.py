# List comprehensions: filters, nested loops, nested comprehensions, scope.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row], [[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in "hey" if c != "e"], [len(w) for w in "a bb ccc".split()])
print([x if x > 0 else 0 for x in [-2, 3, -1, 4]])
print([(i, ch) for i, ch in enumerate("ab")], [a + b for a, b in zip("xy", "12")])
x = "outer x"
squares = [x for x in range(3)]
print(x, squares)
n = 10
print([n * i for i in range(3)], [i for i in range(n) if i > n - 3])
print([[] for _ in range(2)], [f"{k}={v}" for k, v in {"a": 1}.items()])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([y for y in [3, 1, 2] if y > 1 and y < 3], [[y] * y for y in range(3)])
total = [sum(row) for row in matrix]
print(total, max(len(r) for r in matrix))
print([w for w in ["apple", "bob", "kayak", "noon"] if w == w[::-1]])
try:
    print([1 / v for v in [1, 0]])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
