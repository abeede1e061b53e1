# time functions can be called; values are only compared, never printed.
import time
from time import monotonic, perf_counter, sleep
t0 = time.time()
m0 = monotonic()
p0 = perf_counter()
print(type(t0).__name__, type(m0).__name__, type(p0).__name__)
print(t0 >= 0, m0 >= 0, p0 >= 0)
result = sleep(0)
print(result)
time.sleep(0.01)
m1 = time.monotonic()
p1 = time.perf_counter()
print(m1 >= m0, p1 >= p0, m1 - m0 >= 0.009, p1 - p0 >= 0.009)
t1 = time.time()
print(t1 >= t0)
elapsed = time.monotonic() - m0
print(elapsed >= 0.0, isinstance(elapsed, float))
print("time module ok")
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
