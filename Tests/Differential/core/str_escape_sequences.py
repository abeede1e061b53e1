# Escape sequences in literals and how repr() renders control characters.
s = "a\tb\nc\\d\'e\"f"
print(s)
print(repr(s))
print(len("\n"), len("\\n"), len("\x41"), len("\u00e9"), len("\U0001F600"))
print("\x41\x42\x43", "\101\102", "\u0041", "\U00000042")
print(repr("\0"), repr("\a\b\f\v"), repr("\r\n"), repr("\x7f"), repr("\x1b[0m"))
print(repr("\x80"), repr("\xa0"), repr("\xe9"), repr("\u2028"), repr("\u200b"))
print("caf\u00e9", repr("caf\u00e9"))
print(repr("tab\there"), repr("back\\slash"))
print(repr("\x00\x01\x1f"), repr(" "))
print(repr("\u4e2d\u6587"), len("\u4e2d\u6587"))
codes = ["\x30", "\x39", "\x61"]
print(codes, "".join(codes))
print("line1\
 continued")
print(repr("end\\"))
print(repr("\u2022 item"))
