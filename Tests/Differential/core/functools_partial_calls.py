# functools.partial binds positional and keyword arguments.
from functools import partial
import functools
def power(base, exp=2, *, label="="):
    return f"{base}^{exp}{label}{base ** exp}"
square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10), two_to(exp=3))
print(square.func is power, square.args, square.keywords, two_to.args)
fancy = partial(power, label=" -> ")
print(fancy(3), fancy(3, label=":"))
nested = partial(partial(power, 3), exp=4)
print(nested(), nested.args, nested.keywords)
add = lambda a, b, c: a + b + c
add_1 = functools.partial(add, 1)
add_1_2 = functools.partial(add_1, 2)
print(add_1(2, 3), add_1_2(3), add_1_2.args)
int_base2 = partial(int, base=2)
print(int_base2("1011"), int_base2("111"))
sort_desc = partial(sorted, reverse=True)
print(sort_desc([3, 1, 2]), sort_desc("bca", key=str.upper))
print(list(map(partial(power, label=""), [1, 2, 3])))
join_dash = partial("-".join)
print(join_dash(["a", "b"]))
try:
    partial(power)()
except TypeError as e:
    print(type(e).__name__, e)
