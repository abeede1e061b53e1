# Ends with "UnboundLocalError: cannot access local variable 'total' ...".
total = 100
def add_to_total(n):
    result = n * 2
    if n > 10:
        total = 0
    return total + result
print("calling with 11:", add_to_total(11))
values = [20, 30]
for v in values:
    print(v, add_to_total(v))
print("calling with 1")
print(add_to_total(1))
print("unreachable")
