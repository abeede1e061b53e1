# for-loop targets: tuples, nested unpacking, subscripts, attributes.
pairs = [(1, "one"), (2, "two")]
for num, word in pairs:
    print(num, word)
for i, (num, word) in enumerate(pairs, start=1):
    print(i, num, word)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
for first, *others in [[1, 2, 3], [4]]:
    print(first, others)
slots = [0, 0, 0]
for slots[0] in range(3):
    pass
print(slots)
class Holder:
    pass
h = Holder()
for h.value in "xyz":
    pass
print(h.value)
d = {}
for d["k"] in [1, 2]:
    pass
print(d)
for k in {"b": 1, "a": 2}:
    print(k, end=" ")
print()
nums = [1, 2, 3]
for n in nums:
    n *= 10
print(nums)
for idx in range(len(nums)):
    nums[idx] *= 10
print(nums)
for x in range(3):
    x = 100
    print(x, end=" ")
print()
for _ in range(2):
    print("underscore loop")
