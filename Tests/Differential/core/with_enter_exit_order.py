# with: __enter__'s result is bound by "as"; __exit__ runs on every exit path.
class Resource:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc)
        return False
with Resource("a") as value:
    print("body", value)
with Resource("b"):
    print("body without as")
def early_return():
    with Resource("c") as v:
        return "returned " + v
print(early_return())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            break
print("after loop", i)
for i in range(2):
    with Resource(f"cont{i}"):
        continue
class SelfReturning:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit args", len(args), args)
with SelfReturning() as s:
    print(type(s).__name__)
