# An exception raised in __exit__ replaces the body's exception and chains it.
class Faulty:
    def __init__(self, fail_on_exit):
        self.fail_on_exit = fail_on_exit
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__ if exc_type else None)
        if self.fail_on_exit:
            raise RuntimeError("exit failed")
        return False
try:
    with Faulty(True):
        raise ValueError("body failed")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
try:
    with Faulty(True):
        print("body ok")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", e.__context__)
try:
    with Faulty(False):
        raise KeyError("kept")
except KeyError as e:
    print("original kept:", repr(e))
class EnterFails:
    def __enter__(self):
        raise ValueError("cannot enter")
    def __exit__(self, *args):
        print("exit must not run")
try:
    with EnterFails():
        print("body must not run")
except ValueError as e:
    print("enter failed:", e)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
