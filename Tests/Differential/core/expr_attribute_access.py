# Attribute access on instances, classes, literals, modules and chains.
import functools
class Node:
    kind = "node"
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
    def total(self):
        return self.value + (self.next.total() if self.next else 0)
chain = Node(1, Node(2, Node(3)))
print(chain.value, chain.next.value, chain.next.next.value, chain.next.next.next)
print(chain.total(), chain.next.total(), chain.kind, Node.kind)
print("abc".upper(), " x ".strip().upper(), [3, 1].copy(), (5).__class__.__name__)
print(3.5.__class__.__name__, "".join.__name__, Node.total.__name__)
print(functools.partial.__name__, type(functools).__name__)
chain.next.value = 20
chain.extra = "dynamic"
print(chain.total(), chain.extra, getattr(chain, "extra"))
method = chain.total
print(method(), method.__name__)
get = {"a": 1}.get
print(get("a"), get("b", 2))
upper = str.upper
print(upper("via class"))
print(Node.__name__, chain.__class__.__name__, chain.__class__ is Node)
