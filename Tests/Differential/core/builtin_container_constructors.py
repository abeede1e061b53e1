# list, tuple, dict, set, str, int, float, bool constructors on various inputs.
print(list(), list("abc"), list((1, 2)), list({3: 4}), list(range(2)), list({5}))
print(tuple(), tuple([1, 2]), tuple("hi"), tuple({"k": 1}), tuple(x * 2 for x in (1, 2)))
print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"x": 0}, y=1))
print(dict(zip(["k1", "k2"], [1, 2])), dict([("a", 1), ("a", 2)]), dict(["xy"]))
print(set(), set([3, 1, 3]), set("aaa"), set(range(4)), set({1: 2}))
print(str(), str(12), str(1.5), str([1, "a"]), str((None,)), str(True))
print(int(), int(7.9), int("  12 "), int(True), int(-0.0))
print(float(), float(3), float("2.5"), float(" -1e3 "), float(False))
print(bool(), bool(0), bool("x"), bool([]), bool([0]))
original = [1, [2]]
copy = list(original)
copy[1].append(3)
copy.append(4)
print(original, copy, copy is original, list(original) == original)
print(list(list(list("ab"))), tuple(tuple([1])), str(str("s")))
print(list(map(int, "123")), list(filter(None, [0, 1, 2])), dict(enumerate("ab")))
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
