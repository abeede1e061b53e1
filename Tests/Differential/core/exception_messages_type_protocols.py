# TypeError messages when a value does not support an operation.
class Plain:
    pass
five = 5
text = "s"
nothing = None
nums = [1, 2]
def assign_char():
    word = "abc"
    word[0] = "z"
tests = [
    ("iterate int", lambda: [x for x in 5]),
    ("iter()", lambda: iter(3.5)),
    ("call int", lambda: five()),
    ("call str", lambda: text()),
    ("call instance", lambda: Plain()()),
    ("subscript int", lambda: five[0]),
    ("subscript None", lambda: nothing[0]),
    ("subscript object", lambda: Plain()[0]),
    ("unhashable list", lambda: {[1]: 2}),
    ("unhashable dict", lambda: {{}}),
    ("unhashable set", lambda: {set(): 1}),
    ("len of int", lambda: len(5)),
    ("len of object", lambda: len(Plain())),
    ("str item assign", assign_char),
    ("list index str", lambda: nums["a"]),
    ("next on list", lambda: next([1])),
    ("unpack int", lambda: list(*5)),
    ("sum of strs", lambda: sum(["a", "b"])),
    ("float index", lambda: nums[1.0]),
    ("int of list", lambda: int([1])),
]
for label, t in tests:
    try:
        t()
        print(label, "-> no error")
    except (TypeError, AttributeError) as e:
        print(label, "->", type(e).__name__, e)
