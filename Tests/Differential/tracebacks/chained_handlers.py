# Implicit chaining (an error inside an except block) and explicit chaining
# (`raise ... from ...`) through several frames; the traceback prints every
# exception of the chain with its own frames.
def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise LookupError("cannot load " + repr(text)) from e


def report(items):
    for item in items:
        try:
            print(load(item))
        except LookupError:
            cleanup(item)


def cleanup(item):
    return item.missing_attribute


report(["1", "x"])
