# Ends with 'TypeError: can only concatenate str (not "int") to str'.
def label(name, count):
    return name + ": " + count
print(label("apples", "three"))
parts = []
for name in ["x", "y"]:
    parts.append(label(name, "n/a"))
print(parts)
print("now with an int")
print(label("pears", 3))
print("unreachable")
