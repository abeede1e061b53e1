# A walrus inside a comprehension or generator expression binds in the enclosing
# scope: a module global at top level, a local of the enclosing function (through
# any number of nested comprehensions), or a global where that function says so.
print([(last := n * n) for n in range(4)], last)
gen = ((seen := ch) for ch in "abc")
print(list(gen), seen)

def local_binding():
    print([(v := i) for i in range(3)], v)
    print([[(q := (i, j)) for j in range(i)] for i in range(3)], q)
    total = 0
    print([total := total + i for i in range(5)], total)
    return (lambda: v)()
print(local_binding())

def global_binding():
    global counted
    print([(counted := i) for i in range(2)])
global_binding()
print(counted)

def filtered(items):
    if any((hit := x) > 2 for x in items):
        return "first over 2: %d" % hit
    return "none over 2"
print(filtered([1, 5, 3]), filtered([1, 2]))
