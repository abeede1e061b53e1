// asyncio programs run whole, each beside the output CPython 3.11 prints for it
// (computed by running python3 on the same program through
// Tests/Differential/asyncio/virtual_clock.py, which puts CPython's asyncio on the
// virtual clock). They pin the mechanics that decide the order of prints at one
// virtual instant; the differential suite covers the rest against CPython live.

import Testing
@testable import Coro

@Suite("asyncio programs", .serialized)
struct AsyncioProgramTests {
    /// ` at 0x…` → ` at 0x`: CPython prints addresses, coro counters (PRODUCT.md §8).
    private func withoutAddresses(_ s: String) -> String {
        var out = ""
        var rest = Substring(s)
        while let r = rest.range(of: " at 0x") {
            out += rest[..<r.upperBound]
            rest = rest[r.upperBound...].drop { $0.isHexDigit }
        }
        return out + rest
    }

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

    /// Cancel(msg) is delivered as CancelledError(msg) at the task's next step, reaches whoever awaits the task, and cancelling a done task returns False.
    @Test func cancellationDeliversItsMessageAtTheNextStep() {
        let program = #"""
import asyncio
async def worker(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "cancelled with", repr(e), e.args)
        raise
    finally:
        print(name, "finally")
async def main():
    t = asyncio.create_task(worker("w"))
    await asyncio.sleep(0)
    print(t.cancel("stop now"), t.cancelling(), t)
    print(t.cancel("again"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw", repr(e))
    print(t.cancelled(), t.done(), t._state, t)
    print(t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result raised", repr(e))
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception raised", repr(e))
    f = asyncio.get_running_loop().create_future()
    for m in (f.result, f.exception):
        try: m()
        except asyncio.InvalidStateError as e: print(type(e).__name__, e)
    t2 = asyncio.create_task(worker("x"))
    t2.cancel()
    await asyncio.sleep(0)
    print(t2, t2.cancelled())
    t3 = asyncio.create_task(worker("y"))
    await asyncio.sleep(0)
    t3.cancel()
    t3.uncancel()
    print(t3.cancelling())
    await asyncio.sleep(0)
    print(t3.done(), t3.cancelled())
asyncio.run(main())
"""#
        let expected = #"""
True 1 <Task cancelling name='Task-2' coro=<worker() running at test.py:4> wait_for=<Future cancelled>>
True 2
w cancelled with CancelledError('stop now') ('stop now',)
w finally
main saw CancelledError('stop now')
True True CANCELLED <Task cancelled name='Task-2' coro=<worker() done, defined at test.py:2>>
False
result raised CancelledError()
exception raised CancelledError()
InvalidStateError Result is not set.
InvalidStateError Exception is not set.
<Task cancelled name='Task-3' coro=<worker() done, defined at test.py:2>> True
0
y cancelled with CancelledError() ()
y finally
True True

"""#
        let r = runProgram(source: program, path: "test.py")
        #expect(withoutAddresses(r.stdout) == expected)
        #expect(r.exitStatus == 0)
    }

    /// Wait_for with timeouts (cancelling the inner task and waiting for it), shield, and wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and a timeout.
    @Test func waitForWaitAndShield() {
        let program = #"""
import asyncio, time
async def slow(n, d):
    try:
        await asyncio.sleep(d)
        return n
    finally:
        print("slow", n, "finally at", time.monotonic())
async def main():
    print(await asyncio.wait_for(slow(1, 1), 2))
    try:
        await asyncio.wait_for(slow(2, 5), 1.5)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, repr(e), type(e.__cause__).__name__, time.monotonic())
    try:
        await asyncio.wait_for(slow(3, 5), 0)
    except TimeoutError:
        print("timeout 0", time.monotonic())
    print(await asyncio.wait_for(slow(4, 0.5), None))
    t = asyncio.create_task(slow(5, 3))
    s = asyncio.shield(t)
    try:
        await asyncio.wait_for(s, 1)
    except asyncio.TimeoutError:
        print("shield timed out; task done?", t.done(), time.monotonic())
    print(await t, time.monotonic())
    tasks = [asyncio.create_task(slow(i, i)) for i in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending), time.monotonic())
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    print(len(done), len(pending), time.monotonic())
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), time.monotonic())
    async def boom():
        await asyncio.sleep(0.1)
        raise ValueError("boom")
    ts = [asyncio.create_task(boom()), asyncio.create_task(slow(9, 9))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print([repr(t.exception()) for t in done], len(pending))
    for p in pending: p.cancel()
    await asyncio.sleep(0)
    for bad in ([], asyncio.sleep(0)):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait([t], return_when="nope")
    except ValueError as e:
        print(e)
asyncio.run(main())
"""#
        let expected = #"""
slow 1 finally at 1.0
1
slow 2 finally at 2.5
timeout TimeoutError TimeoutError() CancelledError 2.5
timeout 0 2.5
slow 4 finally at 3.0
4
shield timed out; task done? False 4.0
slow 5 finally at 6.0
5 6.0
slow 1 finally at 7.0
[1] 2 7.0
1 2 7.5
slow 2 finally at 8.0
slow 3 finally at 9.0
3 0 9.0
["ValueError('boom')"] 1
slow 9 finally at 9.1
ValueError Set of Tasks/Futures is empty.
TypeError expect a list of futures, not coroutine
Invalid return_when value: nope

"""#
        let r = runProgram(source: program, path: "test.py")
        #expect(withoutAddresses(r.stdout) == expected)
        #expect(r.exitStatus == 0)
    }

    /// Lock and Semaphore with async with (waiters woken in order), Event, BoundedSemaphore, Condition notify and notify_all.
    @Test func locksEventsSemaphoresAndConditions() {
        let program = #"""
import asyncio
async def user(name, lock, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.1)
        log.append(name + " out")
async def main():
    lock = asyncio.Lock()
    print(lock)
    log = []
    ts = [asyncio.create_task(user(n, lock, log)) for n in "abc"]
    await asyncio.sleep(0)
    print(lock)
    await asyncio.gather(*ts)
    print(log, lock)
    sem = asyncio.Semaphore(2)
    print(sem)
    log = []
    await asyncio.gather(*(user(n, sem, log) for n in "wxyz"))
    print(log, sem)
    ev = asyncio.Event()
    print(ev)
    async def waiter(i):
        print("waiting", i)
        await ev.wait()
        print("woke", i)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev)
    ev.set()
    await asyncio.gather(*ws)
    print(ev.is_set(), ev)
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(e)
    cond = asyncio.Condition()
    async def consumer(i):
        async with cond:
            await cond.wait()
            print("consumer", i, "notified")
    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cs)
asyncio.run(main())
"""#
        let expected = #"""
<asyncio.locks.Lock object at 0x [unlocked]>
<asyncio.locks.Lock object at 0x [locked, waiters:2]>
['a in', 'a out', 'b in', 'b out', 'c in', 'c out'] <asyncio.locks.Lock object at 0x [unlocked]>
<asyncio.locks.Semaphore object at 0x [unlocked, value:2]>
['w in', 'x in', 'w out', 'x out', 'y in', 'z in', 'y out', 'z out'] <asyncio.locks.Semaphore object at 0x [unlocked, value:2]>
<asyncio.locks.Event object at 0x [unset]>
waiting 0
waiting 1
waiting 2
<asyncio.locks.Event object at 0x [unset, waiters:3]>
woke 0
woke 1
woke 2
True <asyncio.locks.Event object at 0x [set]>
Lock is not acquired.
BoundedSemaphore released too many times
consumer 0 notified
consumer 1 notified
consumer 2 notified

"""#
        let r = runProgram(source: program, path: "test.py")
        #expect(withoutAddresses(r.stdout) == expected)
        #expect(r.exitStatus == 0)
    }

    /// A bounded Queue between a producer and a consumer, QueueEmpty and QueueFull, PriorityQueue, LifoQueue, task_done and join, a cancelled get.
    @Test func queuesHandOffInOrder() {
        let program = #"""
import asyncio
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize())
    await q.put(None)
async def consumer(q):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        print("got", item)
        await asyncio.sleep(0.1)
async def main():
    q = asyncio.Queue(maxsize=2)
    print(q, str(q))
    await asyncio.gather(producer(q, 5), consumer(q))
    await q.join()
    print(q, q.empty(), q.full(), q.maxsize)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("empty", type(e).__name__, type(e).__module__)
    q2 = asyncio.Queue(1)
    q2.put_nowait(1)
    try:
        q2.put_nowait(2)
    except asyncio.QueueFull:
        print("full")
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for x in range(3):
        lq.put_nowait(x)
    print([await lq.get() for _ in range(3)])
    try:
        q.task_done()
    except ValueError as e:
        print(e)
    q3 = asyncio.Queue()
    g = asyncio.create_task(q3.get())
    await asyncio.sleep(0)
    print(q3)
    g.cancel()
    await asyncio.sleep(0)
    print(q3, g.cancelled())
asyncio.run(main())
"""#
        let expected = #"""
<Queue maxsize=2> <Queue maxsize=2>
put 0 1
put 1 2
got 0
put 2 2
got 1
put 3 2
got 2
put 4 2
got 3
got 4
<Queue maxsize=2> True False 2
empty QueueEmpty asyncio.queues
full
[1, 2, 3, 4, 5]
[2, 1, 0]
task_done() called too many times
<Queue maxsize=0 _getters[1]>
<Queue maxsize=0> True

"""#
        let r = runProgram(source: program, path: "test.py")
        #expect(withoutAddresses(r.stdout) == expected)
        #expect(r.exitStatus == 0)
    }
}
