# Bad calls of what CPython writes in Python (gather, create_task, ensure_future,
# current_task, the loop's methods, handles) fail with a Python def's wording:
# unexpected keyword, missing positional, "takes N positional arguments" counting
# self. add_done_callback is C: positional-only `fn`.
import asyncio


def attempt(label, call):
    try:
        call()
        print(label, "accepted")
    except TypeError as e:
        print(label, "->", e)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    attempt("gather loop=", lambda: asyncio.gather(fut, loop=loop))
    attempt("create_task()", lambda: asyncio.create_task())
    attempt("create_task 2 args", lambda: asyncio.create_task(fut, "x", name="n"))
    attempt("ensure_future kw", lambda: asyncio.ensure_future(fut, timeout=1))
    attempt("current_task 2 args", lambda: asyncio.current_task(loop, 2))
    attempt("all_tasks kw", lambda: asyncio.all_tasks(lp=loop))
    attempt("new_event_loop arg", lambda: asyncio.new_event_loop(1))
    attempt("set_event_loop()", lambda: asyncio.set_event_loop())
    attempt("isfuture()", lambda: asyncio.isfuture())
    attempt("get_running_loop arg", lambda: asyncio.get_running_loop(1))
    attempt("loop.stop arg", lambda: loop.stop(1))
    attempt("loop.call_soon()", lambda: loop.call_soon())
    attempt("loop.call_soon kw", lambda: loop.call_soon(print, when=1))
    attempt("loop.call_later 1 arg", lambda: loop.call_later(1))
    attempt("loop.create_task kw", lambda: loop.create_task(fut, priority=1))
    attempt("loop.create_future arg", lambda: loop.create_future(1))
    attempt("loop.run_until_complete()", lambda: loop.run_until_complete())
    attempt("loop.set_debug()", lambda: loop.set_debug())
    attempt("loop.is_running arg", lambda: loop.is_running(True))
    attempt("loop.close arg", lambda: loop.close(True))
    attempt("handle.cancel arg", lambda: loop.call_soon(print).cancel(1))
    attempt("timer.cancel arg", lambda: loop.call_later(1, print).cancel(1))
    attempt("timer.when arg", lambda: loop.call_later(1, print).when(1))
    attempt("add_done_callback()", lambda: fut.add_done_callback())
    attempt("add_done_callback fn=", lambda: fut.add_done_callback(fn=print))
    handle = loop.call_later(delay=1, callback=print)
    print(type(handle).__name__, handle.when())
    handle.cancel()


asyncio.run(main())
