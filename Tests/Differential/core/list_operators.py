# List +, *, +=, *=, comparisons and aliasing through in-place operators.
a = [1, 2]
b = a
a = a + [3]
print(a, b)
c = [1, 2]
alias = c
c += [3]
print(c, alias, c is alias)
c += "ab"
print(c)
d = [0]
d *= 3
print(d, [1, 2] * 2, 2 * [None], [] * 5)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99])
print([] < [0], [[1]] == [[1]], [1, [2, 3]] < [1, [2, 4]])
print(1 in [1, 2], [1] in [[1], [2]], 3 not in [1, 2])
x = [3]
x.append(x[0] * 2)
x[0] += 10
print(x)
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 9
print(grid2)
try:
    print([1] + 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < ["a"])
except TypeError as e:
    print(type(e).__name__, e)
