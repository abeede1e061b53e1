# Uncaught at compile time: a walrus inside a comprehension may not rebind one of
# the comprehension's iteration variables; nothing in this file runs.
print("never printed")

def pairs(n):
    return [(j := i + 1) for i in range(n) for j in range(i)]

def firsts(rows):
    return [row for row in rows if (row := row[0])]

print("never printed either", pairs(3))
