# The order of try / except / else / finally on every path.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("boom")
        if action == "other":
            raise KeyError("k")
        if action == "return":
            return log + ["returned"]
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(run("ok"))
print(run("raise"))
print(run("return"))
try:
    run("other")
except KeyError as e:
    print("outer caught", repr(e))
def finally_sees_state():
    state = "start"
    try:
        state = "in try"
        return state
    finally:
        print("finally with state", state)
print(finally_sees_state())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer except", e)
    else:
        print("not reached")
nested()
