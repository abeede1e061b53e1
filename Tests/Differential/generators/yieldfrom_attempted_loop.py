# A delegation loop back to a running generator: ValueError "generator already executing".
trace = []

def g1():
    trace.append("g1 starting")
    yield "y1"
    trace.append("g1 about to yield from g2")
    yield from g2()
    trace.append("g1 should not be here")

def g2():
    trace.append("g2 starting")
    yield "y2"
    trace.append("g2 about to yield from g1")
    yield from gi
    trace.append("g2 should not be here")

try:
    gi = g1()
    for y in gi:
        trace.append("got " + y)
except ValueError as e:
    trace.append("ValueError: " + e.args[0])
print("\n".join(trace))
print(gi.gi_running, gi.gi_frame is None)
