# The global statement: reading, rebinding and creating module globals.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter)
def create():
    global created_later
    created_later = "made inside"
create()
print(created_later)
value = "global"
def shadow():
    value = "local"
    return value
print(shadow(), value)
def read_only():
    return value.upper()
print(read_only())
def two_globals():
    global a, b
    a, b = 1, 2
two_globals()
print(a, b)
total = 10
def nested():
    def inner():
        global total
        total += 5
    inner()
    return total
print(nested(), total)
items = []
def mutate_without_global():
    items.append(len(items))
mutate_without_global()
mutate_without_global()
print(items)
