# Every augmented assignment operator, and in-place vs rebinding semantics.
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x /= 4
print(x)
x //= 2
print(x)
x %= 2
print(x)
y = 3
y **= 3
print(y)
y //= -4
print(y)
y %= 5
print(y)
b = 0b1100
b &= 0b1010
b |= 1
b ^= 0b111
b <<= 2
b >>= 1
print(b)
s = "a"
s += "b"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias, lst is alias)
tup = (1,)
tup_alias = tup
tup += (2,)
print(tup, tup_alias)
big = 2 ** 64
big *= big
print(big)
f = 1.5
f **= 2
f -= 0.25
print(f)
