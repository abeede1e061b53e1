# get_event_loop() inside a coroutine is the running loop; outside, it is the one
# default loop (created on first use); new_event_loop() makes a separate one.
import asyncio

outer = asyncio.get_event_loop()
print(outer is asyncio.get_event_loop())


async def inside():
    running = asyncio.get_running_loop()
    return running, asyncio.get_event_loop() is running


running, same = outer.run_until_complete(inside())
print(running is outer, same)
other = asyncio.new_event_loop()
print(other is outer, other is asyncio.get_event_loop())
running2, same2 = other.run_until_complete(inside())
print(running2 is other, same2)
running3, same3 = asyncio.run(inside())
print(running3 is outer, running3 is other, same3)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
