# repr() picks single quotes unless the text contains only single quotes.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "", "'", '"', "\\",
           "'\"'", "mixed\t'tab'", "new\nline's"]
for s in samples:
    print(repr(s))
print(samples)
print(("it's",), {"k'ey": 'v"al'})
print(str(samples[1]), str(samples[3]))
print(repr(repr("x")), repr(repr("it's")))
nested = [["a", ["b'c"]], ('"',)]
print(nested)
print(len(repr("it's")), len(repr('a"b')))
print(f"{samples[3]!r}", "{!r}".format(samples[2]))
