# Ends with "IndexError: list index out of range".
queue = ["first", "second"]
def peek(q, i):
    return q[i]
print(peek(queue, 0))
print(peek(queue, -1))
positions = [1, 0, 2]
for p in positions:
    print(p, peek(queue, p))
print("unreachable")
