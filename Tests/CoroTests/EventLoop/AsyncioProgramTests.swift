// asyncio programs run whole, each beside the output CPython 3.11 prints for it
// (computed by running python3 on the same program through
// Tests/Differential/asyncio/virtual_clock.py, which puts CPython's asyncio on the
// virtual clock). They pin the mechanics that decide the order of prints at one
// virtual instant; the differential suite covers the rest against CPython live.

import Testing
@testable import Coro

@Suite("asyncio programs", .serialized)
struct AsyncioProgramTests {
    /// A finished future schedules its callbacks with call_soon in registration order (also one added after it is done); call_later(0) is a timer, due only at the next iteration.
    @Test func doneCallbacksAndTimersAtOneInstant() {
        let program = #"""
import asyncio
log = []
async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "call_later(0) is a timer")
    loop.call_soon(print, "call_soon")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("cb1", f.result()))
    fut.add_done_callback(lambda f: print("cb2", f.result()))
    fut.set_result(7)
    fut.add_done_callback(lambda f: print("cb3 added after done"))
    print("before yield")
    await asyncio.sleep(0)
    print("after one step")
    await asyncio.sleep(0)
    print("after two steps")
asyncio.run(main())
"""#
        let expected = #"""
before yield
call_soon
cb1 7
cb2 7
cb3 added after done
after one step
call_later(0) is a timer
after two steps

"""#
        let r = runProgram(source: program, path: "test.py")
        #expect(r.stdout == expected)
        #expect(r.stderr == "")
        #expect(r.exitStatus == 0)
    }

    /// Gather: results in argument order, return_exceptions, cancelling the gather cancels its children, the first exception, a repeated argument, no arguments.
    @Test func gatherResultsExceptionsAndCancellation() {
        let program = #"""
import asyncio
async def child(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(name)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
async def main():
    print(await asyncio.gather(child("a", 2), child("b", 1), child("a2", 0)))
    print(await asyncio.gather(child("x", 1, True), child("y", 2), return_exceptions=True))
    g = asyncio.gather(child("p", 5), child("q", 5))
    await asyncio.sleep(1)
    print(g.cancel("enough"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", repr(e), g.cancelled())
    try:
        await asyncio.gather(child("f", 1, True), child("slow", 3))
    except ValueError as e:
        print("first exception", e)
    await asyncio.sleep(5)
    t = asyncio.create_task(child("t", 1))
    print(await asyncio.gather(t, t, child("u", 0)))
    print(await asyncio.gather())
asyncio.run(main())
"""#
        let expected = #"""
['a', 'b', 'a2']
[ValueError('x'), 'y']
True
p cancelled
q cancelled
gather cancelled CancelledError('enough') False
first exception f
['t', 't', 'u']
[]

"""#
        let r = runProgram(source: program, path: "test.py")
        #expect(r.stdout == expected)
        #expect(r.stderr == "")
        #expect(r.exitStatus == 0)
    }

    /// Task-N names (a named task still takes a number; asyncio.run's shutdown takes two), all_tasks, steps interleaved by sleep(0).
    @Test func taskNamesAcrossRuns() {
        let program = #"""
import asyncio
async def job(i):
    print("job", i, "step 1", asyncio.current_task().get_name())
    await asyncio.sleep(0)
    print("job", i, "step 2")
    return i * 10
async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(3)]
    named = asyncio.create_task(job(9), name="nine")
    print([t.get_name() for t in tasks], named.get_name())
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    for t in tasks:
        print(await t)
    print(await named)
    print(len(asyncio.all_tasks()))
asyncio.run(main())
asyncio.run(main())
"""#
        let expected = #"""
['Task-2', 'Task-3', 'Task-4'] nine
['Task-1', 'Task-2', 'Task-3', 'Task-4', 'nine']
job 0 step 1 Task-2
job 1 step 1 Task-3
job 2 step 1 Task-4
job 9 step 1 nine
job 0 step 2
job 1 step 2
job 2 step 2
job 9 step 2
0
10
20
90
1
['Task-9', 'Task-10', 'Task-11'] nine
['Task-10', 'Task-11', 'Task-8', 'Task-9', 'nine']
job 0 step 1 Task-9
job 1 step 1 Task-10
job 2 step 1 Task-11
job 9 step 1 nine
job 0 step 2
job 1 step 2
job 2 step 2
job 9 step 2
0
10
20
90
1

"""#
        let r = runProgram(source: program, path: "test.py")
        #expect(r.stdout == expected)
        #expect(r.stderr == "")
        #expect(r.exitStatus == 0)
    }

    /// A task whose exception nobody retrieves is reported on stderr when it is dropped.
    @Test func taskExceptionNeverRetrieved() {
        let program = #"""
import asyncio
async def fail():
    raise RuntimeError("lost")
async def main():
    t = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print("task done:", t.done())
    del t
    await asyncio.sleep(0)
    print("main ends")
asyncio.run(main())
"""#
        let expected = #"""
task done: True
main ends

"""#
        let stderrTaskExceptionNeverRetrieved = #"""
Task exception was never retrieved
future: <Task finished name='Task-2' coro=<fail() done, defined at test.py:2> exception=RuntimeError('lost')>
Traceback (most recent call last):
  File "test.py", line 3, in fail
    raise RuntimeError("lost")
RuntimeError: lost

"""#
        let r = runProgram(source: program, path: "test.py")
        #expect(r.stdout == expected)
        #expect(r.stderr == stderrTaskExceptionNeverRetrieved)
        #expect(r.exitStatus == 0)
    }
}
