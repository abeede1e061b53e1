# ValueError and TypeError messages from unpacking.
def attempt(label, func):
    try:
        func()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
def three_from_two():
    a, b, c = [1, 2]
def two_from_three():
    a, b = 1, 2, 3
def two_from_many():
    a, b = range(10)
def from_int():
    a, b = 5
def star_short():
    a, b, *c, d = (1, 2)
def from_none():
    a, b = None
def nested_short():
    (a, b), c = (1,), 2
def from_string():
    a, b = "abc"
def one_from_empty():
    a, = []
def in_for():
    for x, y in [(1, 2), (3,)]:
        pass
attempt("three_from_two", three_from_two)
attempt("two_from_three", two_from_three)
attempt("two_from_many", two_from_many)
attempt("from_int", from_int)
attempt("star_short", star_short)
attempt("from_none", from_none)
attempt("nested_short", nested_short)
attempt("from_string", from_string)
attempt("one_from_empty", one_from_empty)
attempt("in_for", in_for)
