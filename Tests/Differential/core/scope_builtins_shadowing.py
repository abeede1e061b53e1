# Local and global names shadow builtins; deleting a global reveals the builtin.
def local_shadow():
    len = lambda x: "mine"
    return len([1, 2])
print(local_shadow(), len([1, 2]))
max = "shadowed max"
print(max)
del max
print(max(3, 7))
def param_shadow(list):
    return list * 2
print(param_shadow(3), list("ab"))
def uses_builtin_inside():
    total = sum([1, 2, 3])
    sum_ = total
    return sum_
print(uses_builtin_inside())
str = int
print(str("42") + 1)
del str
print(str(42) + "1")
class Thing:
    type = "class attribute named type"
    def kind(self):
        return type(self).__name__
print(Thing().kind(), Thing.type)
def loop_shadow():
    out = []
    for print_ in range(2):
        out.append(print_)
    return out
print(loop_shadow())
