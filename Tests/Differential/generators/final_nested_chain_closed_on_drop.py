# Dropping the outer generator of a yield from chain closes the inner ones, innermost first.
def level(n):
    try:
        if n == 0:
            yield "bottom"
        else:
            yield from level(n - 1)
    finally:
        print("  finally of level", n)

top = level(3)
print(next(top))
print("dropping the top")
top = None
print("dropped")

for item in level(2):
    print("loop got", item)
    break
print("after break")
