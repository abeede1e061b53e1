# Exceptions raised in __aexit__ replace the body's exception and chain to it.
class Failing:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *e):
        1 / 0

async def single():
    count = 0
    async with Failing():
        count += 1
    return count

async def nested():
    async with Failing():
        async with Failing():
            raise RuntimeError("body")

try:
    single().send(None)
except ZeroDivisionError as e:
    print("single:", e, "| context:", e.__context__)
try:
    nested().send(None)
except ZeroDivisionError as e:
    c1 = e.__context__
    print("outer:", type(e).__name__, "<-", type(c1).__name__, "<-", type(c1.__context__).__name__)
