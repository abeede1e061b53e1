# Non-ASCII text: length counts code points; case mapping; named escapes.
s = "naïve café"
print(s, len(s), s.upper(), s[2], s[-1])
print(repr(s), s.split(" "), s.replace("é", "e"))
emoji = "go \U0001F680!"
print(emoji, len(emoji), emoji[3] == "\U0001F680", repr(emoji[3]))
print("\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER BETA}", "\N{EM DASH}")
print(len("\N{SNOWMAN}"), "\N{SNOWMAN}" == "\u2603")
greek = "ΑΒΓ αβγ"
print(greek.lower(), greek.upper(), sorted(greek.replace(" ", "")))
print("straße".upper(), "İ".lower() == "i\u0307", len("İ".lower()))
print("日本語"[::-1], "日本" + "語", "語" in "日本語")
print(f"{'ü':>4}|{'ü':^5}|", "{:<3}|".format("ñ"))
chars = []
for ch in "añb":
    chars.append(ch)
print(chars, "".join(reversed(chars)))
print("Ünïcödé".startswith("Ün"), "Ünïcödé".endswith("dé"), "x\u00a0y".split())
print(repr("\u00ad"), repr("\ufeff"), repr("\U000e0001"))
