# Default alignment per type, str conversion of containers and objects.
print(f"[{'s':5}] [{5:5}] [{5.5:5}] [{True:5}] [{None!s:6}]")
print(f"[{[1, 'a']}] [{(1,)}] [{ {'k': [1]} }] [{ {3, 1, 2} }]")
print(f"[{[1, 2]!s:>10}] [{(1, 2)!r:<10}]")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(12345)
print(f"{m} {m!r} {[m]} {m!s:>12}|")
print("{} {!r}".format(m, m))
print(str(m), repr(m), [str(m)])
count = 3
print(f"{count} item{'s' if count != 1 else ''}")
print(f"{count:>{count}}|{'':-<{count * 2}}|")
total = 0
for i in range(3):
    total += i
    print(f"step {i}: total={total:03d}")
