# Indexing and slicing strings, including negative and out-of-range bounds.
s = "abcdefgh"
print(s[0], s[7], s[-1], s[-8])
print(s[2:5], s[:3], s[5:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[6:2:-1], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[10:]), s[-100:3], s[3:100])
print(s[1:7:3], s[7:0:-3], s[None:None:None])
print(len(s[2:]), s[2:][0])
u = "héllo wörld"
print(u[1], u[-4], u[::-1], len(u))
for i in [8, -9, 100]:
    try:
        print(s[i])
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s[1.5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s[::0])
except ValueError as e:
    print(type(e).__name__, e)
