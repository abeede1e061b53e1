# Nested finally blocks run innermost first, when the generator finishes normally.
def g():
    try:
        try:
            yield "inner body"
        finally:
            print("  inner finally")
        yield "between"
    finally:
        print("  outer finally")
    print("  after both")

for v in g():
    print("loop:", v)
print("loop finished")

def with_else():
    for i in range(2):
        try:
            yield i
        except ValueError:
            print("  not raised")
        else:
            print("  else for", i)
        finally:
            print("  finally for", i)
print(list(with_else()))
