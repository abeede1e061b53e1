# repr() of every basic kind of value.
values = [0, -5, 2 ** 70, 1.0, -0.5, 1e-9, float("inf"), "s", "it's", 'q"', "",
          "\n", True, None, [], [1, "a"], (), (1,), (1, "b"), {}, {"k": "v"},
          set(), {1}, range(3), range(1, 5, 2), ValueError("x"), KeyError("k")]
for v in values:
    print(repr(v))
print(repr(repr(1)), repr(str(1)), repr(repr("a")))
nested = [{"a": (1, [2, {3}])}, "x"]
print(repr(nested))
print(repr(nested) == str(nested))
print(repr(int), repr(len), repr(type))
