# The C Future's private state as Python code reads it: `_callbacks` is None while
# there are no callbacks (then one entry per callback, cleared once they are
# scheduled), `_source_traceback` None outside debug mode, `_state` strings,
# `_result`/`_exception`, `_log_traceback` after set_exception and exception().
import asyncio


def noted(fut):
    print("callback ran, state", fut._state)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut._callbacks, fut._source_traceback, fut._state)
    fut.add_done_callback(noted)
    fut.add_done_callback(noted)
    print(len(fut._callbacks), [entry[0] is noted for entry in fut._callbacks])
    print(fut.remove_done_callback(noted), fut._callbacks)
    fut.add_done_callback(noted)
    fut.set_result(7)
    print(fut._callbacks, fut._state, fut._result, fut._exception)
    await asyncio.sleep(0)
    bad = loop.create_future()
    bad.set_exception(ValueError("v"))
    print(bad._state, repr(bad._exception), bad._log_traceback)
    bad.exception()
    print(bad._log_traceback)
    gone = loop.create_future()
    gone.cancel()
    print(gone._state, gone._callbacks)


asyncio.run(main())
