# NameError and UnboundLocalError messages.
def use_undefined():
    return undefined_variable_name
try:
    use_undefined()
except NameError as e:
    print(type(e).__name__, e)
def unbound():
    print(counter)
    counter = 1
counter = 0
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
def deleted():
    value = 1
    del value
    return value
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def free_variable():
    def inner():
        return captured
    result = inner
    captured = "set later"
    del captured
    return result()
try:
    free_variable()
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined_name
except NameError as e:
    print(type(e).__name__, e)
try:
    qqq_unknown + 1
except NameError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        result = "set"
    return result
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
