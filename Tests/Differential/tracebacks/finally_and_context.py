# An exception replaced while a finally block runs, and one raised in __exit__
# of a context manager while another is propagating.
class Guard:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None:
            raise OSError("exit failed")
        return False


def work():
    with Guard():
        try:
            raise ValueError("inside")
        finally:
            print("cleanup ran")


work()
