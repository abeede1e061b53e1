# The self-documenting "=" specifier of f-strings (Python 3.8+).
x = 10
name = "coro"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x * 2=}")
print(f"{items[0]=} {len(items)=}")
print(f"{3.14159=:.2f}")
print(f"{x=:>5}|")
print(f"{None=} {True=}")
