# map and filter are lazy iterators; map with several iterables; filter(None).
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(lambda x, y: x ** y, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda n: n % 2, range(10))), list(filter(str.upper, ["", "x"])))
log = []
def noisy(x):
    log.append(x)
    return x * 10
m = map(noisy, [1, 2, 3])
print(log)
print(next(m), log)
print(list(m), log)
print(list(m))
f = filter(lambda s: s.startswith("a"), ["apple", "bob", "avocado"])
print(type(f).__name__, type(m).__name__, list(f), list(f))
print(sum(map(int, "12345")), max(map(abs, [-7, 3])), "".join(map(str.upper, "abc")))
print(list(map(lambda p: p[0] + p[1], zip("ab", "cd"))))
words = ["hi", "hello", "hey", "yo"]
print(list(filter(lambda w: len(w) > 2, map(str.upper, words))))
print(list(map(int, filter(str.strip, [" 1", "  ", "2 "]))))
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
