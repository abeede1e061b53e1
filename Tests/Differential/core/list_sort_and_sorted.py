# list.sort and sorted(): key, reverse, stability and mixed numbers.
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
words.sort(key=lambda w: w[-1])
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3, 1.5, -2, True, 0.5]), sorted([]), sorted("cab"), sorted((3, 2)))
print(sorted({3: "x", 1: "y"}), sorted({5, 1, 3}, reverse=True))
records = [{"n": "b", "age": 30}, {"n": "a", "age": 25}, {"n": "c", "age": 30}]
for r in sorted(records, key=lambda r: (-r["age"], r["n"])):
    print(r["n"], r["age"])
orig = [3, 1, 2]
new = sorted(orig)
print(orig, new, orig.sort(), orig)
print(sorted([-3, 2, -1], key=abs), max([-3, 2], key=abs))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
