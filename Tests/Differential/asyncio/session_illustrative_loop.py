# The asyncio half of PRODUCT.md section 6 (golden illustrative_session_full,
# tick_one_handle, run_until_name, spawn_unnamed_names): two tasks, a gather, the
# order of steps and the virtual times at which they finish.
import asyncio

loop = asyncio.new_event_loop()


async def work(name, t):
    print("start", name)
    await asyncio.sleep(t)
    print(f"[t={loop.time():.3f}] {name} finished")
    return f"{name} ok"


a = loop.create_task(work("wlb", 3), name="a")
b = loop.create_task(work("yyh", 1), name="b")
print(a.get_name(), a._state, b.get_name(), b._state)
both = asyncio.gather(a, b)
both.add_done_callback(lambda f: print(f"[t={loop.time():.3f}] both", f._state, f.result()))
loop.run_until_complete(b)
print(f"t={loop.time():.3f}", a._state, b._state, b.result())
loop.run_until_complete(both)
print(f"t={loop.time():.3f}", a._state, a.result(), both.result())
loop.close()
