# athrow() that the async generator swallows and then returns: StopAsyncIteration.
async def gen():
    try:
        yield
    except:
        print("  swallowed")

def result_of(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return "value %r" % (e.value,)
    except StopAsyncIteration:
        return "StopAsyncIteration"
    except Exception as e:
        return "raised %r" % e

g = gen()
print(result_of(g.asend(None)))
print(result_of(g.athrow(ValueError)))
print(result_of(g.asend(None)))
print(result_of(g.athrow(ValueError("into a finished one"))))

fresh = gen()
print(result_of(fresh.athrow(KeyError)))
print(result_of(fresh.asend(None)))

def sync():
    try:
        yield
    except:
        pass
s = sync()
s.send(None)
try:
    s.throw(ValueError)
except StopIteration:
    print("sync: StopIteration")
