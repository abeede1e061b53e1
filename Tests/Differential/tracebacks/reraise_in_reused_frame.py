# An exception saved from one call and raised again by a later call of the same
# function: the later activation gets its own traceback entry, above the first
# call's entries.
def step(saved=None):
    if saved is not None:
        raise saved
    try:
        {}["missing"]
    except KeyError as e:
        return e


first = step()
try:
    step(first)
except KeyError:
    print("caught once")
step(first)
