# Line continuation (brackets and backslash), comments, semicolons, indentation.
total = 1 + \
    2 + \
    3
print(total)  # a trailing comment
values = [
    1,  # first
    2,
    # a comment line inside brackets
    3,
]
print(values)
mapping = {"a": 1,
           "b": 2}
print(mapping)
result = (10
          - 3
          * 2)
print(result)
def f(a,
      b=2,
      *args,
      **kwargs):
    return a + b
print(f(1,
        5))
x = 1; y = 2; z = x + y
print(x, y, z)
if x: print("one-liner"); print("two on one line")
if (x == 1 and
        y == 2):
    print("condition over lines")
assert total == 6, \
    "continued message"
text = "a string with # not a comment"
print(text)
class K: pass
def g(): return "g"
print(K.__name__, g())
for i in range(2): print("loop", i)
while False: pass
    # an indented comment between statements
print("end")
