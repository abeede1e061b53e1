# Dict and set comprehensions (sets only of numbers, so their order is fixed).
print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
words = ["apple", "banana", "avocado", "cherry", "blueberry"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
print({w: len(w) for w in words if len(w) > 5})
print({x % 5 for x in range(20)}, {x * x for x in [-2, -1, 0, 1, 2]})
print({(x, x % 2) for x in range(4)}, {round(x / 3, 2) for x in range(4)})
print({i: {j: i * j for j in range(2)} for i in range(2)})
counts = {c: 0 for c in "misp"}
for ch in "mississippi":
    counts[ch] += 1
print(counts)
print({k: v for k, v in sorted({"b": 2, "a": 1}.items())})
print({n for n in range(30) if n % 7 == 3}, {-n for n in range(4)})
nested = {x: [y for y in range(x)] for x in range(4)}
print(nested)
print(sorted({len(w) for w in words}), len({w[0] for w in words}))
