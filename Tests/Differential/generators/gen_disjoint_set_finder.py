# Union-find where each set answers find() through its own endless generator.
class Group:
    def __init__(self, name):
        self.name = name
        self.parent = None
        self.finder = self.follow()

    def follow(self):
        while not self.parent:
            yield self
        for root in self.parent.finder:
            yield root

    def find(self):
        return next(self.finder)

    def join(self, parent):
        if self.parent:
            raise ValueError("not a root: " + self.name)
        self.parent = parent

    def __str__(self):
        return self.name

groups = {c: Group(c) for c in "ABCDEFGH"}
merges = ["BA", "CD", "DA", "EF", "GH", "HF", "FA"]
def show():
    print(" ".join("%s->%s" % (n, g.find()) for n, g in groups.items()))
show()
for child, parent in merges:
    groups[child].join(groups[parent])
    print("merged", child, "into", parent)
    show()
try:
    groups["B"].join(groups["C"])
except ValueError as e:
    print("ValueError", e)
