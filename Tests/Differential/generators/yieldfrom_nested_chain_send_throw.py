# Three levels of yield from: sends and throws reach the innermost, returns climb back up.
def level3():
    total = 0
    while True:
        try:
            x = yield total
        except KeyError:
            print("  level3 handles KeyError")
            continue
        if x is None:
            return total
        total += x

def level2():
    r = yield from level3()
    print("  level2 got", r)
    return r * 10

def level1():
    r = yield from level2()
    print("  level1 got", r)
    return r + 1

g = level1()
print(next(g), g.send(5), g.send(7))
print(g.gi_yieldfrom.gi_code.co_name, g.gi_yieldfrom.gi_yieldfrom.gi_code.co_name)
print(g.gi_yieldfrom.gi_yieldfrom.gi_yieldfrom)
print(g.throw(KeyError))
try:
    g.send(None)
except StopIteration as e:
    print("level1 returned", e.value)
print(g.gi_yieldfrom)
