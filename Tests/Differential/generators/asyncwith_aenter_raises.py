# When __aenter__ raises, neither the body nor __aexit__ runs, and nothing is chained.
class EnterFails:
    def __init__(self, exc):
        self.exc = exc
    async def __aenter__(self):
        raise self.exc
    async def __aexit__(self, *e):
        print("  __aexit__ ran (it must not)")
        return True

async def foo(exc):
    steps = ["start"]
    try:
        async with EnterFails(exc):
            steps.append("body")
        steps.append("after")
    finally:
        print("  steps:", steps)

for exc in (NotImplementedError(), ZeroDivisionError("enter")):
    try:
        foo(exc).send(None)
    except Exception as e:
        print(type(e).__name__, repr(e), "| context:", e.__context__)
