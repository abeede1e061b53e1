# Keyword arguments mixed with ** unpacking: a key given twice is an error
# whichever side of the ** it is on; the merged order is the written order.
def show(*args, **kwargs):
    return args, kwargs


class Box:
    def put(self, **items):
        return sorted(items.items())


calls = [
    lambda: show(a=1, **{"b": 2}, c=3),
    lambda: show(**{"x": 1}, y=2, z=3, **{"w": 4}, v=5),
    lambda: show(*[1], **{"a": 1}, a=2),
    lambda: show(a=1, **{"a": 2}),
    lambda: show(**{"b": 1}, c=2, b=3),
    lambda: show(**{"k": 1}, **{"k": 2}),
    lambda: Box().put(**{"x": 1}, x=2),
    lambda: Box().put(**{"x": 1}, y=2),
    lambda: show(1, *[2, 3], q=1, **{"r": 2}, s=3),
    lambda: print("p", "q", **{"sep": "-"}, end="!\n"),
    lambda: print("p", **{"end": "?\n"}, end="!\n"),
]
for i, call in enumerate(calls):
    try:
        print(i, call())
    except TypeError as e:
        print(i, "TypeError:", e)
