# Deep recursion raises RecursionError; moderate depth is fine.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
try:
    depth(5000)
except RecursionError as e:
    print(type(e).__name__)
    print(isinstance(e, RuntimeError))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("caught", type(e).__name__)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion also stops")
print(depth(900))
calls = [0]
def counted():
    calls[0] += 1
    counted()
try:
    counted()
except RecursionError:
    print("stopped after more than 900 calls:", calls[0] > 900)
print("still works after recovering:", depth(100))
