# pow(base, exp, mod): modular results, negative exponents via the inverse, and the
# errors for a float or non-number operand and for keyword misuse.
def attempt(*args, **kwargs):
    try:
        return pow(*args, **kwargs)
    except (TypeError, ValueError) as e:
        return f"{type(e).__name__}: {e}"


print(attempt(3, 4, 5), attempt(-3, 3, 7), attempt(3, 3, -7), attempt(2, 100, 10**9 + 7))
print(attempt(3, -1, 7), attempt(38, -1, 97), attempt(2, -1, 4), attempt(5, 0, 1))
print(attempt(True, 2, 3), attempt(7, 2, 0))
for args in [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ("a", 3, 5), (2, "a", 5),
             (2, 3, "a"), (2.0, 3, "a"), ([], 2.0, 1), (None, 2, 3)]:
    print(args, attempt(*args))
print(attempt(2, 3, None), attempt(base=2, exp=5), attempt(base=2, exp=5, mod=3))
print(attempt(x=2, y=3))
print(attempt(2, base=3))
print(attempt(2, 3, 4, 5))
print(attempt(2, exp=3, modulus=4))
print(attempt(base=2))
