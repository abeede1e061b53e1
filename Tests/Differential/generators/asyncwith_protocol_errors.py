# Objects that are not asynchronous context managers are refused before the body runs.
class Nothing:
    pass

class OnlyEnter:
    def __aenter__(self):
        pass

class OnlyExit:
    def __aexit__(self, *args):
        pass

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return False

async def use(cm):
    body = "not run"
    try:
        async with cm:
            body = "ran"
    finally:
        print("  body:", body)

for cm in (Nothing(), OnlyEnter(), OnlyExit(), SyncOnly()):
    try:
        use(cm).send(None)
    except TypeError as e:
        print(type(cm).__name__, "->", e)
