# strip, upper, lower, replace, startswith and endswith.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.strip(" !H")), repr("xxhixx".strip("x")))
print(repr("\t\n text \r\n".strip()), repr("...".strip(".")))
print(s.upper(), s.lower(), "MiXeD 123 ß".upper(), "ÀÉÎ".lower())
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("banana".replace("an", "AN"), "x".replace("y", "z"), "aaaa".replace("aa", "a"))
print("hello".startswith("he"), "hello".startswith("lo"), "hello".endswith("lo"))
print("hello".startswith(("x", "h")), "hello".endswith(("x", "y")))
print("hello".startswith(""), "".endswith(""), "hello".startswith("ell", 1))
name = "report.final.txt"
print(name.endswith(".txt"), name.replace(".", "_"), name.upper().lower() == name)
original = "Keep Me"
changed = original.upper()
print(original, changed)
print("  a  ".strip().upper().replace("A", "b"))
