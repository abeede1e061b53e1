# Ends with "NameError: name 'undefined_total_value' is not defined".
def compute(values):
    subtotal = 0
    for v in values:
        subtotal += v
    return subtotal
print(compute([1, 2, 3]))
print(compute(range(10)))
def report():
    print("reporting")
    return undefined_total_value * 2
report()
print("unreachable")
