# time.sleep refuses durations that do not fit CPython's 64-bit nanosecond time:
# OverflowError (with different words for floats and ints), checked before the sign.
import time

for arg in (1e300, float("inf"), -1e300, float("-inf"), 1e10, 10**10, -10**10, 10**30):
    try:
        time.sleep(arg)
        print(repr(arg), "slept")
    except (OverflowError, ValueError) as e:
        print(repr(arg), type(e).__name__, e)
print(f"{time.time():.3f}")
time.sleep(9.2e9)
print(f"{time.time():.1f}")
