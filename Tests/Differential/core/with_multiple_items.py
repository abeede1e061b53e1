# Several context managers in one with: entered left to right, exited in reverse.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"{self.name} failed to enter")
        return self.name
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False
with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)
try:
    with CM("x") as x, CM("y", fail_enter=True) as y:
        print("never")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("outer"):
        with CM("inner"):
            raise ValueError("deep")
except ValueError as e:
    print("caught", e)
with CM("p") as p:
    with CM("q") as q:
        print(p + q)
