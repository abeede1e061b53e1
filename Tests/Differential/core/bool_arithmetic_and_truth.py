# bool is an int subclass; truthiness of every built-in kind of value.
print(True + True, True * 3, -True, True - False, True / 2, True // 2)
print(~True, ~False, True ** 2, 10 * False)
print(repr(True), str(False), type(True).__name__)
print(isinstance(True, int), isinstance(1, bool), True is True)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(0.1))
print(bool(""), bool(" "), bool("0"), bool([]), bool([0]), bool(()), bool((0,)))
print(bool({}), bool({0: 0}), bool(set()), bool({0}), bool(None), bool(range(0)))
print(bool(range(1)), bool(float("nan")), bool(2 ** 100))
print(True == 1, False == 0, (1 == 1) is True)
print(sum([True, True, False, True]), max(True, 0), min(False, -1))
print(int(True), float(False), str(True) + "!")
print(not 0, not 1, not [], not [[]], not "", not None)
print(True and 3, False or 0.0, not not "x")
def check(v):
    if v:
        return "truthy"
    return "falsy"
print([check(v) for v in [0, 1, "", "a", [], [1], None, 0.0, {}, set(), ()]])
print(bool(), bool(True), bool(False))
