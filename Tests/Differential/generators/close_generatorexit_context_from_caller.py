# The GeneratorExit that close() throws in is chained (__context__) with the
# exception the caller is handling, unless the generator is handling one itself;
# the same when a generator dropped inside an except block is finalized.
def plain():
    try:
        yield 1
    except GeneratorExit as e:
        print("GeneratorExit context:", repr(e.__context__))

def handling():
    try:
        raise KeyError("own")
    except KeyError:
        try:
            yield 1
        except GeneratorExit as e:
            print("GeneratorExit context (own handler):", repr(e.__context__))

def finally_raises():
    try:
        yield 1
    finally:
        raise RuntimeError("in finally")

g = plain(); next(g)
try:
    raise ValueError("caller")
except ValueError:
    g.close()
g = plain(); next(g)
g.close()
h = handling(); next(h)
try:
    raise ValueError("caller")
except ValueError:
    h.close()
g = plain(); next(g)
try:
    raise ValueError("dropped")
except ValueError:
    g = None
f = finally_raises(); next(f)
try:
    raise OSError("caller")
except OSError:
    try:
        f.close()
    except RuntimeError as e:
        chain = []
        while e is not None:
            chain.append(type(e).__name__)
            e = e.__context__
        print(" <- ".join(chain))
