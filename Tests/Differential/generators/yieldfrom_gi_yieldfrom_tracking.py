# gi_yieldfrom is the delegate only while suspended in yield from; None otherwise.
import inspect

def a():
    print("  in a: b is", inspect.getgeneratorstate(gen_b), "yieldfrom", gen_b.gi_yieldfrom)
    yield
    print("  in a again: b is", inspect.getgeneratorstate(gen_b), "yieldfrom", gen_b.gi_yieldfrom)

def b():
    print("  in b before:", gen_b.gi_yieldfrom)
    yield from a()
    print("  in b after:", gen_b.gi_yieldfrom)
    yield
    print("  in b at end:", gen_b.gi_yieldfrom)

gen_b = b()
print(inspect.getgeneratorstate(gen_b), gen_b.gi_yieldfrom)
gen_b.send(None)
print(inspect.getgeneratorstate(gen_b), gen_b.gi_yieldfrom.gi_code.co_name)
gen_b.send(None)
print(inspect.getgeneratorstate(gen_b), gen_b.gi_yieldfrom)
[] = gen_b
print(inspect.getgeneratorstate(gen_b), gen_b.gi_yieldfrom)

def over_list():
    yield from [1, 2]
g = over_list()
next(g)
print(type(g.gi_yieldfrom).__name__)
