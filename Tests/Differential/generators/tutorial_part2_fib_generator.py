# Seed tutorial, part 2 (yield): a fib(n) generator, printed and then iterated.
def fib(n):
    a, b = 0, 1
    while b < n:
        a, b = b, a + b
        yield a

print(fib(100))
for i in fib(100):
    print(i)

g = fib(10)
print(next(g), next(g), next(g))
print(list(g))
print(list(fib(1)), sum(fib(1000)))
