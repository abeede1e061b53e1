# A traffic-light state machine: dict dispatch, closures, classes, exceptions.
class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(state, event)
        self.state = state
        self.event = event
    def __str__(self):
        return f"no transition from {self.state!r} on {self.event!r}"
TRANSITIONS = {
    ("red", "timer"): "green",
    ("green", "timer"): "yellow",
    ("yellow", "timer"): "red",
    ("red", "fault"): "blinking",
    ("green", "fault"): "blinking",
    ("blinking", "reset"): "red",
}
def make_machine(start):
    state = start
    log = []
    def fire(event):
        nonlocal state
        key = (state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(state, event)
        old, state = state, TRANSITIONS[key]
        log.append(f"{old}->{state}")
        return state
    return fire, log
fire, log = make_machine("red")
events = ["timer", "timer", "fault", "timer", "reset", "timer", "timer", "timer"]
for ev in events:
    try:
        print(f"{ev:>6}: {fire(ev)}")
    except InvalidTransition as e:
        print(f"{ev:>6}: rejected ({e})", e.args)
print(log)
print(len(log), sum(1 for s in log if s == "red->green"), sorted(set(s.split("->")[1] for s in log)))
