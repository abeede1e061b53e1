# Coroutine __name__, __qualname__, cr_code.co_name and repr.
async def top():
    pass

def factory():
    async def nested():
        pass
    return nested()

class Service:
    async def handle(self):
        pass

for c in (top(), factory(), Service().handle()):
    print(c.__name__, "|", c.__qualname__, "|", c.cr_code.co_name)
    print("  ", repr(c))
    c.close()
c = top()
c.__name__ = "changed"
c.__qualname__ = "Changed.name"
print(c.__name__, c.__qualname__, repr(c).split(" at ")[0])
try:
    c.__name__ = None
except TypeError as e:
    print("TypeError", e)
c.close()
print(type(top).__name__)
