# str.format with positional, numbered, keyword and indexed fields.
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class P:
    def __init__(self):
        self.x = 3
        self.y = 4
print("({0.x}, {0.y})".format(P()))
print("{{literal}} {}".format("x"), "{{}}".format())
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:05d} {:.3f} {:+d} {:x}".format(42, 3.14159, 7, 255))
print("{!r} {!s} {}".format("q", "q", "q"))
print("{0!r:>8}".format("pad"))
print("{:,} {:_} {:.1%}".format(1234567, 1234567, 0.256))
data = {"a": 1, "b": 2}
print("{a}-{b}".format(**data))
print("{}{}".format(*"xy"))
print("{:*^11}".format(" mid "))
try:
    print("{} {}".format(1))
except IndexError as e:
    print(type(e).__name__, e)
try:
    print("{missing}".format(present=1))
except KeyError as e:
    print(type(e).__name__, e)
