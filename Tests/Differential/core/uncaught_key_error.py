# Ends with an uncaught KeyError; the last stderr line shows the key's repr.
inventory = {"apples": 3, "pears": 0}
def take(item, n):
    inventory[item] -= n
    return inventory[item]
print(take("apples", 1))
print(inventory)
orders = [("apples", 1), ("pears", 0), ("plums", 2)]
for item, n in orders:
    print("taking", n, item)
    take(item, n)
print("unreachable")
