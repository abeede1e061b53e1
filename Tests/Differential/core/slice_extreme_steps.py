# Slices whose step or bounds sit at the edge of a machine int.
big = 9223372036854775807
x = list(range(10))
print(x[::-big - 1])
print(x[::big], x[5::big], x[9::-big])
print(x[big:], x[-big - 1:], x[-big - 2::-1])
print(x[::-2**70], x[::2**70], x[2**100:], x[-2**100:3])
print("abcdef"[::-big - 1], "abcdef"[3::big], (1, 2, 3)[2::-big - 1])

y = list(range(10))
y[::big] = ["a"]
y[9::-big - 1] = ["z"]
print(y)
del y[::-big - 1]
print(y)
del y[1::big]
print(y)

r = range(0, 100, 7)
print(list(r[::-big - 1]), list(r[3::big]), list(r[::2**70]))
s = slice(None, None, -big - 1)
print(x[s], "abc"[s], x[slice(-2**80, None, 2**80)])
