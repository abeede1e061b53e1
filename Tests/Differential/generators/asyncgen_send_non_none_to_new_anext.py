# Sending a value into the first __anext__()/asend() of an unstarted async generator fails.
async def gen():
    got = yield 123
    yield got

try:
    gen().__anext__().send(100)
except TypeError as e:
    print("__anext__().send(100):", e)

g = gen()
try:
    g.asend("early").send(None)
except TypeError as e:
    print("asend('early'):", e)
try:
    g.asend(None).send(None)
except StopIteration as e:
    print("the generator still starts:", e.value)
try:
    g.asend(None).send("late")
except StopIteration as e:
    print("asend(None).send('late') ->", e.value)

h = gen()
try:
    h.asend(None).send(5)
except TypeError as e:
    print("asend(None).send(5):", e)
print(h.ag_frame is not None)
