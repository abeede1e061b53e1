# Ends with "ValueError: invalid literal for int() with base 10: 'twelve'".
def parse_all(texts):
    out = []
    for t in texts:
        out.append(int(t))
    return out
print(parse_all(["1", " 2 ", "-3"]))
print(sum(parse_all(["10", "20"])))
inputs = ["4", "twelve", "5"]
print("parsing", inputs)
print(parse_all(inputs))
print("unreachable")
