# The three ZeroDivisionError messages and related arithmetic errors.
ops = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("2**100 // 0", lambda: 2 ** 100 // 0),
    ("0 ** -1", lambda: 0 ** -1),
    ("True / False", lambda: True / False),
    ("x /= 0", None),
]
for text, op in ops:
    try:
        if op is None:
            x = 5
            x /= 0
        else:
            op()
    except ZeroDivisionError as e:
        print(f"{text:12} -> {type(e).__name__}: {e}")
try:
    1 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", isinstance(e, ZeroDivisionError))
