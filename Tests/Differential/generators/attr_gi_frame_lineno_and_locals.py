# gi_frame.f_lineno and f_locals follow the generator from creation to the end.
def walker(start):
    step = 1
    yield "a"
    step += 1
    total = start + step
    yield "b"
    del step
    yield "c"

g = walker(10)
print("created at line", g.gi_frame.f_lineno, g.gi_frame.f_locals)
for _ in range(3):
    value = next(g)
    print(value, "paused at line", g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
print(next(g, "end"), g.gi_frame)

def twice():
    for i in range(2):
        yield i
t = twice()
lines = []
for _ in t:
    lines.append(t.gi_frame.f_lineno)
print(lines, t.gi_frame)
e = (x for x in [1])
next(e)
print(e.gi_frame.f_lineno)
