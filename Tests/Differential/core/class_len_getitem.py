# __len__ and __getitem__: len(), indexing, slicing, truthiness, old-style iteration.
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Deck(self.cards[index])
        return self.cards[index]
    def __repr__(self):
        return f"Deck({self.cards})"
d = Deck("AKQJ")
print(len(d), d[0], d[-1], d[1:3], d[::-1])
print(bool(d), bool(Deck([])), "yes" if Deck([]) else "empty deck")
print(list(d), [c for c in d], "Q" in d, "X" in d)
for i, card in enumerate(d):
    print(i, card, end="; ")
print()
print(sorted(d), list(reversed(d)), max(d))
a, b, *rest = d
print(a, b, rest)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), sum(Squares()), 9 in Squares())
class Table:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        return self.data.get(key, "<none>")
t = Table()
print(t["x"], t[1, 2], t[None])
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(d[10])
except IndexError as e:
    print(type(e).__name__, e)
