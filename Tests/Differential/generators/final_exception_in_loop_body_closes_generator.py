# An exception leaving a for loop drops the loop's generator before the handler runs.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")

try:
    for x in g():
        print("body", x)
        raise KeyError("from the body")
except KeyError as e:
    print("handler sees", e)

def run():
    for x in g():
        return x * 100
print(run())
print("done")
