# String +, *, membership and lexicographic comparison.
s = "ab" + "cd"
print(s, s * 3, 3 * "xy", "z" * 0, "z" * -2, repr("" * 5))
print("b" in "abc", "bc" in "abc", "" in "abc", "d" not in "abc", "ac" in "abc")
print("abc" < "abd", "abc" < "abcd", "Z" < "a", "" < "a", "b" > "abc")
print("abc" == "abc", "abc" != "ABC", "a" <= "a", "10" < "9")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(max("hello"), min("hello"), max(["aa", "b"]), min("zebra", "apple"))
t = "x"
t += "y"
t *= 3
print(t)
print("-" * 20)
words = ["a", "bb", "ccc"]
line = ""
for w in words:
    line = line + w + "|"
print(line)
print("é" > "e", "ü" < "z")
try:
    print("a" * 2.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" - "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" < 1)
except TypeError as e:
    print(type(e).__name__, e)
