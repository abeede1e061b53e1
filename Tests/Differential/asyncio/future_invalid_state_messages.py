# Future: result()/exception() before it is done, setting a done future again, and
# the exceptions set_exception refuses or converts.
import asyncio


def attempt(label, fn, *args):
    try:
        print(label, "->", repr(fn(*args)))
    except (asyncio.InvalidStateError, TypeError) as e:
        print(label, "raises", type(e).__name__, str(e))


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    attempt("result", f.result)
    attempt("exception", f.exception)
    f.set_result(10)
    attempt("set_result again", f.set_result, 11)
    attempt("set_exception after", f.set_exception, ValueError("x"))
    attempt("result", f.result)
    attempt("exception", f.exception)
    g = loop.create_future()
    attempt("StopIteration", g.set_exception, StopIteration(1))
    attempt("done?", g.done)
    g.set_exception(ValueError)
    attempt("class becomes instance", g.exception)
    h = loop.create_future()
    h.cancel()
    attempt("set_result on cancelled", h.set_result, 1)


asyncio.run(main())
