# Ends with an uncaught RecursionError from runaway recursion.
def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)
print(countdown(10))
print(countdown(800))
def broken(n):
    if n == -1:
        return "never reached"
    return broken(n + 1)
print("starting runaway recursion")
print(broken(0))
print("unreachable")
