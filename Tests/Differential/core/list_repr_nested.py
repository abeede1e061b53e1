# Reprs of lists, including nesting, strings, floats and other containers.
print([])
print([1, 2, 3])
print([[], [[]], [[], []]])
print([1, [2, [3, [4, [5]]]]])
print(["a", 'b', "it's", 'q"q'])
print([1.0, 0.1, -0.0, 1e100, True, None])
print([(1,), (), {}, set(), {"k": [1]}, {2}])
print(str([1, "two"]), repr([1, "two"]))
print(list(), list("ab"), list(range(3)), list((4, 5)))
print(len([[1, 2], [3]]), [[1, 2], [3]][0][1])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
for row in matrix:
    print(row)
print([print] == [print], [len])
words = ["x"] * 3
print(words, [0] * 0, [[0] * 2] * 2)
