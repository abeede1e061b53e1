# Closures capture variables, not values: late binding in loops.
funcs = []
for i in range(3):
    def show():
        return i
    funcs.append(show)
print([f() for f in funcs])
i = 99
print([f() for f in funcs])
def build():
    out = []
    for j in range(3):
        out.append(lambda: j)
    return out
print([f() for f in build()])
def build_fixed():
    out = []
    for j in range(3):
        def bind(k):
            return lambda: k
        out.append(bind(j))
    return out
print([f() for f in build_fixed()])
def outer():
    msgs = []
    x = "first"
    msgs.append(lambda: x)
    x = "second"
    msgs.append(lambda: x)
    return msgs
print([m() for m in outer()])
comprehension_funcs = [lambda: n for n in range(3)]
print([f() for f in comprehension_funcs])
