# A finally block that yields turns close() into "generator ignored GeneratorExit".
def g():
    try:
        yield 1
    finally:
        print("finally before its yield")
        yield 2
        print("finally after its yield")

it = g()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    next(it)
except GeneratorExit as e:
    print("the finally re-raised", repr(e))
print(next(it, "ended"))

it = g()
print(list(it))

def after_exit():
    try:
        yield "a"
    finally:
        print("cleanup without yield")
    yield "b"
it = after_exit()
next(it)
print(it.close())
