# Awaiting something without __await__: "object X can't be used in 'await' expression".
class Plain:
    pass

class HasIterOnly:
    def __iter__(self):
        return iter([1])

def gen():
    yield

async def attempt(obj):
    return await obj

for obj in (1, [], "text", None, Plain(), HasIterOnly(), gen(), 2.5):
    try:
        attempt(obj).send(None)
    except TypeError as e:
        print(type(e).__name__, e)
inst = Plain()
inst.__await__ = lambda: iter([])
try:
    attempt(inst).send(None)
except TypeError as e:
    print("instance attribute is not enough:", e)
