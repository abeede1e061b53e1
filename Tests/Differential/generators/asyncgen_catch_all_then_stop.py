# A bare except around the only yield: the next asend/athrow/aclose finish the generator.
log = []

async def gen():
    try:
        yield
    except:
        log.append("except")
    log.append("after try")

def outcome(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as ex:
        return "yielded %r" % (ex.value,)
    except StopAsyncIteration:
        return "StopAsyncIteration"

g = gen()
print(outcome(g.asend(None)), outcome(g.asend(None)), log)
log.clear()
g = gen()
print(outcome(g.asend(None)), outcome(g.athrow(ValueError)), log)
log.clear()
g = gen()
outcome(g.asend(None))
try:
    g.aclose().send(None)
except StopIteration:
    print("aclose finished quietly", log)

def sync():
    try:
        yield
    except:
        pass
s = sync()
s.send(None)
try:
    s.send(None)
except StopIteration:
    print("sync version: StopIteration")
