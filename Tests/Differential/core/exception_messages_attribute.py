# AttributeError messages for instances, classes, builtins and modules.
import functools
class C:
    cls_attr = 1
    def __init__(self):
        self.present = True
obj = C()
tests = [
    lambda: (5).foo,
    lambda: obj.x,
    lambda: C.nothing_here,
    lambda: "text".append,
    lambda: [].push,
    lambda: None.attr,
    lambda: {}.has_key,
    lambda: functools.nope,
    lambda: (1.5).numerator_like,
    lambda: (lambda: 0).attribute,
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print(type(e).__name__, e)
del obj.present
try:
    obj.present
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del obj.present
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(obj, "missing", "default"), hasattr(obj, "cls_attr"), hasattr(obj, "present"))
