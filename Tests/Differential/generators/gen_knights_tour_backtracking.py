# A knight's tour found by a chain of move generators with Warnsdorff ordering.
def tour(m, n):
    succ = []
    for i in range(m):
        for j in range(n):
            succ.append([(i + a) * n + j + b for a, b in
                         ((1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2))
                         if 0 <= i + a < m and 0 <= j + b < n])
    visited = [False] * (m * n)
    path = [0]
    visited[0] = True
    def moves(sq):
        options = sorted((sum(not visited[t] for t in succ[s]), s) for s in succ[sq] if not visited[s])
        for _, s in options:
            visited[s] = True
            path.append(s)
            yield s
            path.pop()
            visited[s] = False
    def extend(sq):
        if len(path) == m * n:
            yield path
            return
        for s in moves(sq):
            yield from extend(s)
    return extend(0)

def show(m, n, path):
    board = [[0] * n for _ in range(m)]
    for k, sq in enumerate(path):
        board[sq // n][sq % n] = k + 1
    for row in board:
        print(" ".join("%2d" % v for v in row))

found = next(tour(5, 5))
show(5, 5, found)
print(next(tour(3, 3), "no tour on 3x3"))
