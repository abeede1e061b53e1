# Lambdas: defaults, closures, immediate calls, lambdas returning lambdas.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")())
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(3))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
varargs = lambda *a, **k: (a, k)
print(varargs(1, 2, x=3))
kwonly = lambda *, k=5: k
print(kwonly(), kwonly(k=6))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print(square.__name__, type(square).__name__)
print((lambda x: (x, x))(1), (lambda: None)())
counter = [0]
bump = lambda: counter.__setitem__(0, counter[0] + 1)
bump()
bump()
print(counter)
