# A finished generator has already run its finally; dropping it runs nothing again.
def g():
    try:
        yield 1
    finally:
        print("  finally (once)")

it = g()
print(list(it))
print("dropping the exhausted generator")
it = None
print("nothing printed")

un = g()
print("dropping an unstarted generator")
del un
print("nothing printed either")
