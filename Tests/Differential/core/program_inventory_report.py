# An inventory report: dataclass-like classes, sorting by several keys, f-string table.
class Item:
    def __init__(self, sku, name, qty, price):
        self.sku = sku
        self.name = name
        self.qty = qty
        self.price = price
    @staticmethod
    def header():
        return f"{'SKU':<6}{'NAME':<12}{'QTY':>5}{'PRICE':>9}{'VALUE':>11}"
    def value(self):
        return self.qty * self.price
    def row(self):
        return f"{self.sku:<6}{self.name:<12}{self.qty:>5}{self.price:>9.2f}{self.value():>11,.2f}"
    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"
stock = [Item("A1", "widget", 120, 2.5), Item("B7", "gadget", 3, 199.99),
         Item("C3", "doohickey", 0, 12.0), Item("A2", "sprocket", 45, 0.35),
         Item("D9", "gizmo", 3, 75.0)]
print(Item.header())
for item in sorted(stock, key=lambda i: (-i.value(), i.sku)):
    print(item.row())
total = sum(i.value() for i in stock)
print(f"{'TOTAL':<23}{'':>9}{total:>11,.2f}")
out_of_stock = [i for i in stock if not i.qty]
low = [i.sku for i in stock if 0 < i.qty < 10]
print(out_of_stock, low)
by_prefix = {}
for i in stock:
    by_prefix.setdefault(i.sku[0], []).append(i.name)
print(by_prefix)
print(max(stock, key=lambda i: i.price).name, min(stock, key=lambda i: i.qty).name)
print(f"{total / len(stock):.3f}", round(total, -2), f"{total:.0f}")
