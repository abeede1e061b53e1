# call_soon runs callbacks first in, first out, with the positional arguments given;
# a callback scheduled by a callback runs in the next iteration, after the others.
import asyncio
import functools


def show(*args, **kwargs):
    print("show", args, kwargs)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()

    def nested(n):
        print("nested", n)
        if n < 2:
            loop.call_soon(nested, n + 1)
        else:
            done.set_result(None)

    loop.call_soon(show)
    loop.call_soon(show, 1, "two", [3])
    loop.call_soon(nested, 0)
    loop.call_soon(functools.partial(show, "partial", key="kw"))
    loop.call_soon(print, "print", "directly")
    handle = loop.call_soon(show, "returned handle")
    print(type(handle).__name__)
    await done
    print("main resumes")


asyncio.run(main())
