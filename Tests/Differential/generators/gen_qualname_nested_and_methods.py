# __qualname__ and repr of generators defined in functions, classes and comprehensions.
def outer():
    def inner():
        yield 1
    return inner()

class Box:
    def items(self):
        yield self
    @staticmethod
    def plain():
        yield 0
    class Nested:
        def deep(self):
            def deeper():
                yield 2
            return deeper()

def maker_of_genexpr():
    return [(y for y in "ab") for _ in range(1)][0]

gens = [outer(), Box().items(), Box.plain(), Box.Nested().deep(), maker_of_genexpr(),
        (z for z in ())]
for g in gens:
    print(g.__name__, "|", g.__qualname__, "|", g.gi_code.co_name)
    print("  ", repr(g))
    g.close()
print(str(outer()).replace("outer", "OUTER"))
