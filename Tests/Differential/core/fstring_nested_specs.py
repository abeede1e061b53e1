# Format specs computed from nested replacement fields.
value = 3.14159
for width, prec in [(8, 2), (10, 4), (4, 0)]:
    print(f"[{value:{width}.{prec}f}]")
align = "^"
fill_width = 9
print(f"[{'mid':{align}{fill_width}}]")
print(f"[{'r':>{fill_width}}] [{'l':<{fill_width - 4}}]")
fmt = ".3e"
print(f"{12345.6789:{fmt}}")
print(f"{'pad'!r:>10}|{'x'!s:*^7}|")
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("banana", 100, 10.0)]
for name, qty, price in rows:
    print(f"{name:<8}{qty:>5}{price:>8.2f}{qty * price:>10,.2f}")
w = 6
print(f"{'total':>{w}}:{sum(r[1] for r in rows):{w}d}")
print("{:{}.{}}".format("truncate me", 10, 5))
print("{0:{1}}|".format(42, 6))
