# Set displays, the empty set, membership and conversion.
print(set())
print({1})
print({3, 1, 2})
print({1, 1, 1, 2})
print(set([5, 4, 4, 3]), set(range(5)), set((9, 0)))
print(len({1, 2, 2, 3}), 2 in {1, 2}, 5 not in {1, 2})
print({} == set(), type({}).__name__, type(set()).__name__)
print({1, 2} == {2, 1}, {1, 2} != {1, 3})
print(sorted({"b", "a", "c"}))
print({(1, 2), (1, 2)}, {1.5}, {True}, {False, 0})
print(list({7}), tuple({8}))
print(str({4}), repr({4, 5}))
print([{1}, set()], {"k": {2}})
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2}[[1]] = 3
except TypeError as e:
    print(type(e).__name__, e)
