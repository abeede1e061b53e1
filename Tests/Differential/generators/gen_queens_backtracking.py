# N-queens with one generator per row that claims and releases columns and diagonals.
def queens(n):
    used = [0]
    def row_gen(i):
        def gen():
            for j in range(n):
                mask = (1 << j) | (1 << (n + i - j + n - 1)) | (1 << (3 * n - 1 + i + j))
                if used[0] & mask == 0:
                    used[0] |= mask
                    yield j
                    used[0] &= ~mask
        return gen
    rows = [row_gen(i) for i in range(n)]
    values = [None] * n
    def level(i):
        if i == n:
            yield values
        else:
            for values[i] in rows[i]():
                yield from level(i + 1)
    return level(0)

def draw(cols):
    line = "+" + "-+" * len(cols)
    print(line)
    for c in cols:
        print("|" + "|".join("Q" if j == c else " " for j in range(len(cols))) + "|")
        print(line)

count = 0
for solution in queens(6):
    count += 1
    if count == 1:
        draw(solution)
print(count, "solutions for 6")
print(sum(1 for _ in queens(7)), "solutions for 7")
