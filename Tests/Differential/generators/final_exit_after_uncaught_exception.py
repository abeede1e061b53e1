# An uncaught exception ends the program: the traceback is printed first, then the
# module's suspended generators are closed as at any exit.
def g(tag):
    try:
        yield tag
    finally:
        print("closing", tag)

a = g("a"); next(a)
b = g("b"); next(b)
print("raising")
raise ValueError("the end")
