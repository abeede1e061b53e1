# hasattr, getattr with defaults and AttributeError on user classes.
class Account:
    bank = "coro bank"
    def __init__(self, owner):
        self.owner = owner
    def balance(self):
        return 0
acct = Account("ann")
print(hasattr(acct, "owner"), hasattr(acct, "bank"), hasattr(acct, "balance"))
print(hasattr(acct, "pin"), hasattr(Account, "owner"))
print(getattr(acct, "owner"), getattr(acct, "pin", None), getattr(Account, "bank"))
print(getattr(acct, "balance")(), getattr(acct, "nope", lambda: "fallback")())
try:
    acct.pin
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Account.owner
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(acct, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(acct, 5)
except TypeError as e:
    print(type(e).__name__, e)
for name in ["owner", "bank", "balance", "zzz"]:
    value = getattr(acct, name, "<absent>")
    kind = type(value).__name__
    print(name, kind)
acct.pin = 1234
print(hasattr(acct, "pin"), getattr(acct, "pin"))
print(hasattr(5, "real"), hasattr("s", "upper"), hasattr([], "append"), hasattr(None, "x"))
