# Ends with "AssertionError: balance went negative: -5".
def apply(balance, changes):
    for c in changes:
        balance += c
        assert balance >= 0, f"balance went negative: {balance}"
    return balance
print(apply(10, [5, -3]))
print(apply(0, []))
try:
    apply(1, [-2])
except AssertionError as e:
    print("caught:", e)
print(apply(5, [1, -11, 100]))
print("unreachable")
