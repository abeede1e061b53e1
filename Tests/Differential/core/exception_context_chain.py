# Implicit chaining: an exception raised while handling another gets __context__.
def step(n):
    try:
        if n == 0:
            raise KeyError("root")
        step(n - 1)
    except Exception as e:
        raise ValueError(f"level {n}")
try:
    step(2)
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}:{cur}")
        cur = cur.__context__
    print(" <- ".join(chain))
try:
    try:
        raise TypeError("first")
    finally:
        print("finally runs before the new error")
        raise IndexError("second")
except IndexError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)
try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise RuntimeError("after handling")
except RuntimeError as e:
    print("no context after a completed handler:", e.__context__)
try:
    try:
        raise ValueError("inner")
    except ValueError as inner:
        raise inner
except ValueError as e:
    print("re-raising the same object:", e.__context__)
