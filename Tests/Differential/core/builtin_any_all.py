# any() and all(): empty iterables, truthiness and short-circuiting.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any([0, 1]), all([1, 0]), any("abc"), all(""), any([[]]), all([[]]))
seen = []
def probe(v):
    seen.append(v)
    return v
print(any(probe(v) for v in [0, 0, 3, 4]), seen)
seen.clear()
print(all(probe(v) for v in [1, 2, 0, 5]), seen)
nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums), any(n > 6 for n in nums))
print(any(n > 100 for n in nums), all(n > 0 for n in nums))
print(any({0: "a"}), all({1: 0}), any(range(0)), all(range(1, 5)))
print(type(any([1])).__name__, any([3]), all([3]))
words = ["apple", "avocado", "almond"]
print(all(w.startswith("a") for w in words), any(w.endswith("o") for w in words))
matrix = [[1, 2], [0, 3]]
print(all(all(row) for row in matrix), any(all(row) for row in matrix))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
