# The subgenerator raises while being closed: the error escapes close(), chained to GeneratorExit.
trace = []

def outer():
    try:
        yield "outer ham"
        yield from inner()
    finally:
        trace.append("outer finally")

def inner():
    try:
        yield "inner spam"
    finally:
        trace.append("inner finally")
        raise ValueError("nybbles have exploded with delight")

g = outer()
next(g)
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e.args[0])
    print("context:", type(e.__context__).__name__)
print(trace)
try:
    next(g)
except StopIteration:
    print("outer is finished")
