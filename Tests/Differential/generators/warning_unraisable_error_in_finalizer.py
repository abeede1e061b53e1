# A dropped generator whose finally raises: reported as "Exception ignored in" on stderr,
# while the code that dropped it carries on.
def cleanup_fails():
    try:
        yield 1
    finally:
        print("  finally raising")
        raise ValueError("error during finalization")

g = cleanup_fails()
print(next(g))
print("dropping g")
del g
print("still running")
ok = cleanup_fails()
print(next(ok))
try:
    ok.close()
except ValueError as e:
    print("an explicit close() raises it normally:", e)
