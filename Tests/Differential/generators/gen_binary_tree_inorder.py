# In-order traversal of a binary tree: a recursive generator and a stack-based one.
class Node:
    def __init__(self, label, left=None, right=None):
        self.label, self.left, self.right = label, left, right

    def __iter__(self):
        return walk(self)

def build(items):
    if not items:
        return None
    mid = len(items) // 2
    return Node(items[mid], build(items[:mid]), build(items[mid + 1:]))

def walk(node):
    if node:
        for x in walk(node.left):
            yield x
        yield node.label
        for x in walk(node.right):
            yield x

def walk_with_stack(node):
    pending = []
    while node:
        while node.left:
            pending.append(node)
            node = node.left
        yield node.label
        while not node.right:
            if not pending:
                return
            node = pending.pop()
            yield node.label
        node = node.right

root = build("PYTHONGENERATORS")
print("".join(root))
print("".join(walk_with_stack(root)))
print(list(walk_with_stack(build([1, 2, 3]))), list(walk(None)))
