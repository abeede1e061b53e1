# Conditional expressions: nesting, precedence, laziness.
def describe(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([describe(n) for n in (-2, 0, 3)])
def boom():
    raise RuntimeError("should not run")
x = 5
print("yes" if x > 3 else boom(), boom() if x < 0 else "safe")
print(1 + (2 if x else 3), 1 + 2 if x else 3, (1 + 2) if not x else 3)
f = lambda v: "even" if v % 2 == 0 else "odd"
print(list(map(f, range(4))))
print([v if v % 3 else "fizz" for v in range(1, 7)])
print(("a" if x > 10 else "b") + ("c" if x < 10 else "d"))
grade = lambda s: "A" if s >= 90 else ("B" if s >= 80 else ("C" if s >= 70 else "F"))
print([grade(s) for s in (95, 85, 75, 10)])
y = None
print(y.upper() if y is not None else "none", x if x else y)
print((x if x > 0 else -x) * 2, [] if False else [1], {} if 0 else {1: 2})
result = "big" if x > 100 else "medium" if x > 4 else "small"
print(result)
print(0 if 0 else 0.0 if 0.0 else "" if "" else None)
