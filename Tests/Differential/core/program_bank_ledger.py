# A small ledger: classes, custom exceptions, dicts, sorting and formatting.
class LedgerError(Exception):
    pass
class Overdraft(LedgerError):
    def __init__(self, name, needed):
        super().__init__(f"{name} is short by {needed}")
        self.needed = needed
class Ledger:
    def __init__(self):
        self.balances = {}
        self.history = []
    def deposit(self, name, amount):
        if amount <= 0:
            raise LedgerError(f"bad amount {amount!r}")
        self.balances[name] = self.balances.get(name, 0) + amount
        self.history.append(("dep", name, amount))
    def transfer(self, src, dst, amount):
        have = self.balances.get(src, 0)
        if have < amount:
            raise Overdraft(src, amount - have)
        self.balances[src] = have - amount
        self.balances[dst] = self.balances.get(dst, 0) + amount
        self.history.append(("xfer", src, dst, amount))
ledger = Ledger()
ops = [("deposit", "ann", 100), ("deposit", "bob", 50), ("transfer", "ann", "bob", 30),
       ("transfer", "bob", "cy", 500), ("deposit", "cy", -5), ("transfer", "bob", "cy", 80)]
for op in ops:
    try:
        getattr(ledger, op[0])(*op[1:])
        print("ok     ", op)
    except Overdraft as e:
        print("short  ", op, "->", e, e.needed)
    except LedgerError as e:
        print("error  ", op, "->", e)
for name, bal in sorted(ledger.balances.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{name:>5} {bal:>6.2f}")
print(len(ledger.history), ledger.history[-1])
print(sum(ledger.balances.values()))
