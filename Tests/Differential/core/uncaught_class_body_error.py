# An uncaught exception from inside a class body: traceback, exit status 1.
def helper(x):
    return x * 2


class Config:
    size = helper(21)

    def describe(self):
        return f"size {self.size}"

    if size > 40:
        raise ValueError(f"size {size} is too big for a Config")

    def never(self):
        pass


print("not reached", Config)
