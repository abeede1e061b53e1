# At interpreter exit CPython collects the module namespace: generators still
# suspended in globals are closed (their finally blocks run) in the order they
# were created, after the last statement; finished or unstarted ones say nothing.
def worker(tag):
    try:
        while True:
            yield tag
    finally:
        print("closing", tag)

def delegator(tag):
    try:
        yield from worker(tag + "/inner")
    finally:
        print("closing", tag)

third = None
second = None
first = worker("first"); next(first)
second = worker("second"); next(second)
third = delegator("third"); next(third)
unstarted = worker("unstarted")
finished = worker("finished"); next(finished); finished.close()
print("last statement")
