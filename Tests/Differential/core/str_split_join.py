# str.split and str.join in their common forms.
print("a b  c\td\ne".split())
print("  leading and trailing  ".split())
print("a,b,,c,".split(","))
print("a,b,c".split(",", 1), "a,b,c".split(",", maxsplit=0), "a b c".split(None, 1))
print("one::two::three".split("::"))
print("".split(), "".split(","), "   ".split(), "abc".split("x"))
print("x".join(["1", "2", "3"]), ", ".join(["solo"]), "-".join([]))
print("".join(["a", "b"]), " ".join("abc"), "+".join(("p", "q")))
print(",".join(str(n) for n in range(5)))
print("|".join({"k1": 1, "k2": 2}))
parts = "2024-01-15".split("-")
print(parts, [int(p) for p in parts])
words = "the quick brown fox".split()
print(" ".join(reversed(words)), len(words))
print("a\nb\n".split("\n"))
try:
    print(",".join([1, 2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a".split(""))
except ValueError as e:
    print(type(e).__name__, e)
