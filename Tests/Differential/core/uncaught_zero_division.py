# Ends with an uncaught ZeroDivisionError after printing some results.
def average(values):
    return sum(values) / len(values)
print(average([1, 2, 3]))
print(average([10]))
results = []
for group in [[4, 4], [9, 1, 2]]:
    results.append(average(group))
print(results)
print("about to divide by an empty group")
print(average([]))
print("never printed")
