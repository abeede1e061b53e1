# `for x in g(): break` closes the generator before the next statement runs.
def g(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("  finally of", tag)

for x in g("A"):
    print("got", x)
    break
print("after the loop")

for x in g("B"):
    if x == 2:
        break
else:
    print("no break")
print("after the second loop")

def search(target):
    for x in g("C"):
        if x == target:
            return "found %d" % x
    return "missing"
print(search(3))
print("next statement")
