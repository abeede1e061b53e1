# Matrix helpers with lists of lists: transpose, multiply, identity, formatting.
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def transpose(m):
    return [list(row) for row in zip(*m)]
def multiply(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]
def power(m, k):
    result = identity(len(m))
    while k:
        if k % 2:
            result = multiply(result, m)
        m = multiply(m, m)
        k //= 2
    return result
def show(m):
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(f"{v:>{width}}" for v in row))
a = [[1, 2], [3, 4]]
b = [[0, 1], [1, 0]]
show(multiply(a, b))
show(transpose([[1, 2, 3], [4, 5, 6]]))
fib = power([[1, 1], [1, 0]], 90)
print(fib[0][1])
show(power(a, 5))
print(multiply(identity(3), [[1], [2], [3]]))
m = [[2.5, -1], [0.5, 4]]
print(multiply(m, m))
trace = sum(power(a, 3)[i][i] for i in range(2))
print(trace, [row[:] for row in identity(2)] == identity(2))
