# Yields from inside try, except (with a re-raise), an outer except and a finally.
def g():
    try:
        yield "t1"
        try:
            yield "t2"
            [][1]
            yield "never"
        except IndexError:
            yield "e1"
            yield "e2"
            raise
        except:
            yield "not this handler"
        yield "skipped by the raise"
    except:
        yield "outer handler"
    yield "after"
    try:
        x = 5
    finally:
        yield "finally"
    yield x

print(list(g()))

def h():
    try:
        try:
            yield 12
            1 // 0
        except ZeroDivisionError:
            yield 666
        except:
            try:
                pass
            finally:
                yield "no"
    except:
        return
print(list(h()))
