# loop.run_forever runs until loop.stop(); stop() lets the current iteration finish,
# and a later run_forever continues with what is still scheduled.
import asyncio

loop = asyncio.new_event_loop()


def say(msg):
    print(f"{loop.time():.3f} {msg}")


def stop_now(msg):
    say(msg)
    loop.stop()
    loop.call_soon(say, "scheduled after stop()")


loop.call_soon(say, "first")
loop.call_later(1, stop_now, "stopping")
loop.call_later(2, say, "second run")
loop.call_later(3, stop_now, "stopping again")
loop.call_later(4, say, "never")
loop.run_forever()
print("run_forever returned")
loop.run_forever()
print("returned again")
