# GeneratorExit is a BaseException: `except Exception` lets it pass, finally still runs.
def g():
    try:
        yield
    except Exception:
        print("except Exception (wrong)")
    finally:
        print("finally")

it = g()
next(it)
it.close()

def bare():
    try:
        yield
    except:
        print("a bare except catches GeneratorExit")
it = bare()
next(it)
it.close()
print(issubclass(GeneratorExit, Exception), GeneratorExit.__mro__[1].__name__)

def catches_base():
    try:
        yield
    except BaseException as e:
        print("BaseException handler:", type(e).__name__)
        raise
it = catches_base()
next(it)
print(it.close())
