# __aenter__/__aexit__ that return non-awaitables: TypeError, with context when exiting on error.
class BadEnter:
    def __aenter__(self):
        return 123
    def __aexit__(self, *e):
        print("  __aexit__ must not run")
        return 456

class BadExit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *e):
        return 444

async def enter_fails():
    async with BadEnter():
        pass

async def exit_fails_on_error():
    async with BadExit():
        1 / 0

async def exit_fails(how):
    for i in range(2):
        async with BadExit():
            if how == "break":
                break
            if how == "continue":
                continue
            if how == "return":
                return "returned"
    return "end"

try:
    enter_fails().send(None)
except TypeError as e:
    print("TypeError", e)
try:
    exit_fails_on_error().send(None)
except TypeError as e:
    print("TypeError", e, "| context:", type(e.__context__).__name__)
for how in ("normal", "break", "continue", "return"):
    try:
        exit_fails(how).send(None)
    except TypeError as e:
        print(how, "->", e)
