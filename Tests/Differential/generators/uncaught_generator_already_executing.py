# Uncaught: a generator that calls next() on itself.
def g():
    print("running; about to re-enter")
    yield next(me)

def other():
    yield "other is fine"

print(next(other()))
me = g()
print("created")
for value in me:
    print("not reached", value)
