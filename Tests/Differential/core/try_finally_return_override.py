# A return or break in finally overrides the pending return or exception.
def override_return():
    try:
        return "try"
    finally:
        return "finally"
print(override_return())
def swallow_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow_exception())
def break_in_finally():
    for i in range(5):
        try:
            raise RuntimeError(i)
        finally:
            break
    return f"broke at {i}"
print(break_in_finally())
def return_value_computed_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_computed_before_finally())
def rebinding_in_finally():
    x = "original"
    try:
        return x
    finally:
        x = "changed"
print(rebinding_in_finally())
def count_finally():
    out = []
    for i in range(3):
        try:
            if i == 2:
                return out
            out.append(i)
        finally:
            out.append(f"f{i}")
print(count_finally())
