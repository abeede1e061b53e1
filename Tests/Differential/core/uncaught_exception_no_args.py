# Ends with an exception raised as a bare class: the last stderr line is "RuntimeError".
class Machine:
    def __init__(self):
        self.state = "idle"
    def start(self):
        if self.state != "idle":
            raise RuntimeError
        self.state = "running"
        return self.state
m = Machine()
print(m.start())
try:
    m.start()
except RuntimeError as e:
    print("caught", repr(e), repr(str(e)))
print("trying again without a handler")
m.start()
print("unreachable")
