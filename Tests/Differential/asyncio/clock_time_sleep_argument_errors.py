# time.sleep's argument checks (the virtual clock keeps them) and what each call
# does to the clock.
import time

for arg in (-1, -0.5, "1", None, [1], float("nan")):
    try:
        time.sleep(arg)
        print("slept", arg)
    except (TypeError, ValueError) as e:
        print(repr(arg), type(e).__name__, e)

for arg in (1, 0.25, True, 0):
    time.sleep(arg)
    print(repr(arg), f"{time.time():.3f}")
