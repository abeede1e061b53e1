# result() and exception() of a pending task raise InvalidStateError; of a finished
# task they give its value or raise/return its exception; of a cancelled one they
# raise CancelledError.
import asyncio


async def fail():
    await asyncio.sleep(0)
    raise ValueError("nope")


def attempt(label, method):
    try:
        print(label, "->", repr(method()))
    except (asyncio.InvalidStateError, asyncio.CancelledError, ValueError) as e:
        print(label, "raises", type(e).__name__, repr(str(e)))


async def main():
    t = asyncio.create_task(fail())
    attempt("pending result", t.result)
    attempt("pending exception", t.exception)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    attempt("failed result", t.result)
    attempt("failed exception", t.exception)
    c = asyncio.create_task(fail())
    c.cancel()
    await asyncio.sleep(0)
    attempt("cancelled result", c.result)
    attempt("cancelled exception", c.exception)


asyncio.run(main())
