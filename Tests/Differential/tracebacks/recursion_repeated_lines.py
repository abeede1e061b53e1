# A traceback through deep recursion: CPython collapses identical consecutive
# entries into "[Previous line repeated N more times]".
def down(n):
    if n == 0:
        return 1 // n
    return down(n - 1)


def start():
    return down(50)


start()
