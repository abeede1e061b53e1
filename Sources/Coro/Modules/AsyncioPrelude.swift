// The half of `asyncio` that is Python code: everything above the Swift `Future`,
// `Task` and event loop — sleep, wait, wait_for, shield, as_completed, asyncio.run
// and Runner, the locks and the queues. It is coro's own code, written against
// CPython 3.11's observable behaviour: the same public names, signatures, messages
// and reprs, and, above all, the same sequence of loop work (which futures exist,
// which callbacks are registered and when, how many loop iterations a hand-off
// takes), since that sequence decides the order in which a program's lines print.
// The differential suite (Tests/Differential/asyncio) checks it against CPython.
//
// It is written in coro's language subset: single inheritance, and the native
// `_deque` where a deque is needed. Each part is compiled under the name of the
// CPython module that holds the same API, so tracebacks through it name
// `asyncio/tasks.py`, `asyncio/locks.py`, ... (with coro's own line numbers).
//
// Names a program can see stay CPython's, even private ones: function and method
// names show up in tracebacks, coroutine reprs and callback reprs
// (`cb=[_wait.<locals>._on_completion()]`), and private attributes (`_waiters`,
// `_value`, `_getters`, ...) are read by the Swift half (AsyncioQueues.swift) and
// by programs that peek. Helpers that only this file sees are ours to name.

enum AsyncioPrelude {
    /// (file name, source), run in order in one namespace.
    static let sources: [(String, String)] = [
        ("asyncio/coroutines.py", coroutines),
        ("asyncio/futures.py", futures),
        ("asyncio/tasks.py", tasks),
        ("asyncio/locks.py", locks),
        ("asyncio/queues.py", queues),
        ("asyncio/base_events.py", baseEvents),
        ("asyncio/runners.py", runners),
    ]

    /// The module each class belongs to, as CPython names it.
    static let classModules: [String: String] = [
        "Lock": "asyncio.locks", "Event": "asyncio.locks", "Condition": "asyncio.locks",
        "Semaphore": "asyncio.locks", "BoundedSemaphore": "asyncio.locks",
        "_LoopBoundMixin": "asyncio.mixins", "_ContextManagerMixin": "asyncio.locks",
        "Queue": "asyncio.queues", "PriorityQueue": "asyncio.queues", "LifoQueue": "asyncio.queues",
        "QueueEmpty": "asyncio.queues", "QueueFull": "asyncio.queues",
        "Runner": "asyncio.runners",
    ]

    // MARK: - coroutines.py

    static let coroutines = #"""
import inspect as _inspect
import functools as _functools

# The tag @coroutine puts on what it returns; iscoroutinefunction() looks for it.
_is_coroutine = object()


def iscoroutinefunction(func):
    """Whether func is an `async def` function or was made by @coroutine."""
    if _inspect.iscoroutinefunction(func):
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine


def coroutine(func):
    """Turn a generator function (or a plain function) into something `await` takes."""
    if _inspect.iscoroutinefunction(func):
        return func

    if _inspect.isgeneratorfunction(func):
        marked = func
    else:
        # A plain function: its result is awaited if it is awaitable, returned if not.
        @_functools.wraps(func)
        def coro(*args, **kw):
            outcome = func(*args, **kw)
            if isfuture(outcome) or _inspect.isgenerator(outcome):
                return (yield from outcome)
            try:
                iterate = outcome.__await__
            except AttributeError:
                return outcome
            if _inspect.isawaitable(outcome):
                outcome = yield from iterate()
            return outcome

        marked = coro

    marked = _types_coroutine(marked)
    marked._is_coroutine = _is_coroutine
    return marked
"""#

    // MARK: - futures.py

    static let futures = #"""
def _set_result_unless_cancelled(future, value):
    # sleep()'s timer: by the time it fires, the sleeper may have been cancelled.
    if not future.cancelled():
        future.set_result(value)
"""#

    // MARK: - tasks.py

    static let tasks = #"""
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _release_waiter(waiter, *args):
    # Used both as a timer callback and as a done-callback (which passes the
    # finished future, hence *args); whichever comes second finds it done.
    if not waiter.done():
        waiter.set_result(None)


@_types_coroutine
def __sleep0():
    # sleep(0): one bare yield, which the task step takes as "run me again on
    # the next loop iteration"; no future, no timer.
    yield


async def sleep(delay, result=None):
    """Suspend the calling task for `delay` seconds, then return `result`."""
    if delay <= 0:
        await __sleep0()
        return result

    loop = get_running_loop()
    wakeup = loop.create_future()
    timer = loop.call_later(delay, _set_result_unless_cancelled, wakeup, result)
    try:
        return await wakeup
    finally:
        # Cancelled before the time is up: the timer must not stay scheduled.
        timer.cancel()


async def wait_for(fut, timeout):
    """Await `fut` (a coroutine becomes a task) for at most `timeout` seconds.

    When time runs out, `fut` is cancelled and TimeoutError raised once the
    cancellation has gone through. Cancelling wait_for cancels `fut` as well."""
    loop = get_running_loop()
    if timeout is None:
        return await fut

    if timeout <= 0:
        # No time at all: `fut` gets no chance to run unless it is finished already.
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc

    # `wakeup` is released by the timer or by `fut` finishing, whichever is first.
    wakeup = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, wakeup)
    on_done = _functools.partial(_release_waiter, wakeup)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(on_done)
    try:
        try:
            await wakeup
        except CancelledError:
            # wait_for itself is being cancelled. Unless `fut` has an outcome
            # already, it is cancelled too, and we leave only once that has
            # landed, so that nothing of it runs on after wait_for is gone.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(on_done)
            await _cancel_and_wait(fut, loop)
            raise

        if fut.done():
            return fut.result()

        # Time is up.
        fut.remove_done_callback(on_done)
        await _cancel_and_wait(fut, loop)
        # If `fut` caught the cancellation and ended some other way, that
        # outcome is what the caller gets.
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


async def _cancel_and_wait(fut, loop):
    # Cancel `fut` and wait until it has finished. We wait on a future of our
    # own rather than on `fut`, so that this wait stays cancellable even when
    # `fut` takes its time (or refuses) to end.
    finished = loop.create_future()
    on_done = _functools.partial(_release_waiter, finished)
    fut.add_done_callback(on_done)
    try:
        fut.cancel()
        await finished
    finally:
        fut.remove_done_callback(on_done)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for some or all of the futures and tasks in `fs`.

    Returns two sets, (done, pending). Nothing is cancelled on a timeout."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')

    # From here on, the set's order is the order callbacks are added in.
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")

    return await _wait(fs, timeout, return_when, get_running_loop())


async def _wait(fs, timeout, return_when, loop):
    # One future stands for "stop waiting"; each member of `fs`, and the
    # timer if there is one, may release it.
    wakeup = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, wakeup)
    outstanding = len(fs)

    def _on_completion(f):
        nonlocal outstanding
        outstanding -= 1
        if outstanding > 0 and not (
                return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and
                 not f.cancelled() and f.exception() is not None)):
            return
        if timer is not None:
            timer.cancel()
        if not wakeup.done():
            wakeup.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await wakeup
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done = set()
    pending = set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """Yield one awaitable per member of `fs`; each gives the next outcome to arrive.

    After `timeout` seconds, the awaitables not yet satisfied raise TimeoutError."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")

    # Futures enter `arrived` as they finish; a None there means "timed out".
    arrived = Queue()
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def _on_timeout():
        unfinished = list(todo)
        todo.clear()
        for f in unfinished:
            f.remove_done_callback(_on_completion)
            arrived.put_nowait(None)

    def _on_completion(f):
        if not todo:
            return  # the timeout has already answered for everyone
        todo.remove(f)
        arrived.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def _wait_for_one():
        f = await arrived.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


@_types_coroutine
def _wrap_awaitable(awaitable):
    # ensure_future() (in Swift) runs an object that only has __await__ as a
    # task through this.
    return (yield from awaitable.__await__())

_wrap_awaitable._is_coroutine = _is_coroutine


def shield(arg):
    """Return a future that follows `arg` but whose cancellation leaves `arg` running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def _inner_done_callback(finished):
        if outer.cancelled():
            # Nobody reads the outcome through `outer` any more; fetch it here,
            # or an exception would be reported as never retrieved.
            if not finished.cancelled():
                finished.exception()
            return
        if finished.cancelled():
            outer.cancel()
            return
        exc = finished.exception()
        if exc is None:
            outer.set_result(finished.result())
        else:
            outer.set_exception(exc)

    def _outer_done_callback(_):
        # `outer` cancelled (or otherwise done) first: stop following `inner`.
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer
"""#

    // MARK: - locks.py

    static let locks = #"""
class _LoopBoundMixin:
    # The loop is bound on first use, by _get_loop() (in Swift, AsyncioQueues.swift).
    _loop = None


class _ContextManagerMixin(_LoopBoundMixin):
    async def __aenter__(self):
        # `async with lock as x` binds None, as in CPython.
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _with_state(base, state, waiters):
    # '<asyncio.locks.Lock object at 0x...>' -> '<asyncio.locks.Lock object at 0x... [state]>'
    if waiters:
        state = f'{state}, waiters:{len(waiters)}'
    return f'<{base[1:-1]} [{state}]>'


def _has_live_waiter(waiters):
    # `waiters` is None until the first time someone had to wait.
    return waiters is not None and any(not w.cancelled() for w in waiters)


class Lock(_ContextManagerMixin):
    """A mutual exclusion lock for tasks, handed to waiters in arrival order."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        return _with_state(super().__repr__(),
                           'locked' if self._locked else 'unlocked', self._waiters)

    def locked(self):
        """Whether some task holds the lock."""
        return self._locked

    async def acquire(self):
        """Take the lock, waiting for it if need be; returns True."""
        # Free, and nobody queued ahead of us: no waiting at all.
        if not self._locked and not _has_live_waiter(self._waiters):
            self._locked = True
            return True

        if self._waiters is None:
            self._waiters = _deque()
        turn = self._get_loop().create_future()
        self._waiters.append(turn)
        try:
            try:
                await turn
            finally:
                # Out of the queue before anything else, so that the hand-over
                # below can never pick this very waiter.
                self._waiters.remove(turn)
        except CancelledError:
            # We may have been given the turn just before being cancelled:
            # pass it on rather than leave the lock free with waiters queued.
            if not self._locked:
                self._wake_up_first()
            raise

        self._locked = True
        return True

    def release(self):
        """Give the lock up; the first task waiting for it gets it next."""
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if not self._waiters:
            return
        first = next(iter(self._waiters))
        # A first waiter that is done already (woken, or cancelled) is about to
        # run: it takes the lock, or passes the turn on from its except clause.
        if not first.done():
            first.set_result(True)


class Event(_LoopBoundMixin):
    """A flag tasks can wait on until some task sets it."""

    def __init__(self):
        self._waiters = _deque()
        self._value = False

    def __repr__(self):
        return _with_state(super().__repr__(),
                           'set' if self._value else 'unset', self._waiters)

    # is_set(), set() and clear() are Swift (AsyncioQueues.swift).

    async def wait(self):
        """Return True once the flag is set (at once if it is set already)."""
        if self._value:
            return True

        signal = self._get_loop().create_future()
        self._waiters.append(signal)
        try:
            await signal
        finally:
            self._waiters.remove(signal)
        return True


class Condition(_ContextManagerMixin):
    """A condition variable: tasks wait, holding `lock`, until notified."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()

        self._lock = lock
        # The condition is locked exactly when its lock is: it uses the lock's
        # own methods.
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release

        self._waiters = _deque()

    def __repr__(self):
        return _with_state(super().__repr__(),
                           'locked' if self.locked() else 'unlocked', self._waiters)

    async def wait(self):
        """Release the lock, wait to be notified, take the lock back; returns True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')

        self.release()
        try:
            notified = self._get_loop().create_future()
            self._waiters.append(notified)
            try:
                await notified
            finally:
                self._waiters.remove(notified)
            return True
        finally:
            # However the wait ended, the caller must hold the lock again when
            # we return. A cancellation that arrives meanwhile is kept and
            # raised once the lock is back.
            interrupted = False
            while True:
                try:
                    await self.acquire()
                except CancelledError:
                    interrupted = True
                else:
                    break
            if interrupted:
                raise CancelledError

    async def wait_for(self, predicate):
        """Wait until predicate() is true; returns its last value."""
        while not (outcome := predicate()):
            await self.wait()
        return outcome

    def notify(self, n=1):
        """Wake up to `n` waiting tasks (they run once the lock is released)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')

        woken = 0
        for waiter in self._waiters:
            if woken >= n:
                break
            if waiter.done():
                continue  # cancelled: it is leaving the queue by itself
            woken += 1
            waiter.set_result(False)

    def notify_all(self):
        """Wake up every waiting task."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin):
    """A counter of free slots; acquire() takes one, release() gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        return _with_state(super().__repr__(),
                           'locked' if self.locked() else f'unlocked, value:{self._value}',
                           self._waiters)

    def locked(self):
        """Whether acquire() would have to wait."""
        # Tasks already queued are served first, even when a slot is free.
        return self._value == 0 or _has_live_waiter(self._waiters)

    async def acquire(self):
        """Take a slot, waiting for one if need be; returns True."""
        if not self.locked():
            self._value -= 1
            return True

        if self._waiters is None:
            self._waiters = _deque()
        turn = self._get_loop().create_future()
        self._waiters.append(turn)
        try:
            try:
                await turn
            finally:
                # Leave the queue first: the hand-over below must not choose us.
                self._waiters.remove(turn)
        except CancelledError:
            # A slot was set aside for us (the future has a result) but we will
            # not use it: give it to the next waiter.
            if not turn.cancelled():
                self._value += 1
                self._wake_up_next()
            raise

        # Several releases may have come at once; pass the spare slots on.
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        """Give a slot back, to the first waiting task if there is one."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        # The slot is taken on the waiter's behalf at once, so that nobody
        # can take it between now and the moment the waiter runs.
        for waiter in self._waiters or ():
            if not waiter.done():
                self._value -= 1
                waiter.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()
"""#

    // MARK: - queues.py

    static let queues = #"""
class QueueEmpty(Exception):
    """get_nowait() found the queue empty."""


class QueueFull(Exception):
    """put_nowait() found the queue full."""


def _drop_waiter(queue, waiters, waiter, blocked):
    # A get() or put() leaves its place in line because of an exception
    # (usually a cancellation) while waiting.
    waiter.cancel()  # a no-op if it was woken already
    try:
        waiters.remove(waiter)
    except ValueError:
        pass  # whoever woke it has taken it out already
    if not blocked() and not waiter.cancelled():
        # It had been woken for an item (or a free slot) it will not use now;
        # the next in line gets the chance instead.
        queue._wakeup_next(waiters)


class Queue(_LoopBoundMixin):
    """A first-in first-out queue for tasks; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()  # futures of get() calls waiting for an item
        self._putters = _deque()  # futures of put() calls waiting for room
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    # Subclasses change the storage through _init, _put and _get. Those two,
    # and qsize, empty, full, put_nowait, get_nowait and _wakeup_next, are
    # Swift (AsyncioQueues.swift).

    def _init(self, maxsize):
        self._queue = _deque()

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        parts = [f'maxsize={self._maxsize!r}']
        if getattr(self, '_queue', None):
            parts.append(f'_queue={list(self._queue)!r}')
        if self._getters:
            parts.append(f'_getters[{len(self._getters)}]')
        if self._putters:
            parts.append(f'_putters[{len(self._putters)}]')
        if self._unfinished_tasks:
            parts.append(f'tasks={self._unfinished_tasks}')
        return ' '.join(parts)

    @property
    def maxsize(self):
        """The most items the queue holds (<= 0: no limit)."""
        return self._maxsize

    async def put(self, item):
        """Add `item`, first waiting for room if the queue is full."""
        # Being woken is no promise: another task may take the room first,
        # so the check is made again each time.
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                _drop_waiter(self, self._putters, putter, self.full)
                raise
        return self.put_nowait(item)

    async def get(self):
        """Remove and return the next item, first waiting for one if the queue is empty."""
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                _drop_waiter(self, self._getters, getter, self.empty)
                raise
        return self.get_nowait()

    def task_done(self):
        """Mark one item taken by get() as fully processed (see join())."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Wait until every item put has been marked done by task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


# A binary min-heap in a list, for PriorityQueue. It makes exactly the
# comparisons the heapq module makes, in the same order: which items get
# compared is visible (a TypeError between equal priorities, or a __lt__
# with side effects).

def _heap_rise(heap, pos):
    # Move heap[pos] up while it is smaller than its parent.
    item = heap[pos]
    while pos > 0:
        above = (pos - 1) >> 1
        if not item < heap[above]:
            break
        heap[pos] = heap[above]
        pos = above
    heap[pos] = item


def _heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    # Move the hole left at the root down to a leaf, always towards the
    # smaller child, then put the former last item there and let it rise.
    # (Cheaper than sinking it: it belongs near the bottom anyway.)
    size = len(heap)
    hole = 0
    child = 1
    while child < size:
        if child + 1 < size and not heap[child] < heap[child + 1]:
            child += 1
        heap[hole] = heap[child]
        hole = child
        child = 2 * hole + 1
    heap[hole] = last
    _heap_rise(heap, hole)
    return smallest


class PriorityQueue(Queue):
    """A Queue that gives out its smallest item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)
        _heap_rise(self._queue, len(self._queue) - 1)

    def _get(self):
        return _heap_pop(self._queue)


class LifoQueue(Queue):
    """A Queue that gives out the item put last first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
"""#

    // MARK: - base_events.py

    // The loop's two shutdown coroutines. The loop class is Swift; its methods
    // call these (`_shutdown_asyncgens(loop)`). They are written as methods of a
    // throwaway class so that their qualified names, which a task's repr shows,
    // are CPython's: `BaseEventLoop.shutdown_asyncgens`.
    static let baseEvents = #"""
class BaseEventLoop:
    async def shutdown_asyncgens(self):
        """Close every async generator still alive on this loop, all at once."""
        agens = self._take_asyncgens()
        if not agens:
            return

        outcomes = await gather(*[agen.aclose() for agen in agens],
                                return_exceptions=True)
        for agen, outcome in zip(agens, outcomes):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    'message': 'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': outcome,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        """Nothing to do: coro has no executor (it still takes a loop iteration)."""


_shutdown_asyncgens = BaseEventLoop.shutdown_asyncgens
_shutdown_default_executor = BaseEventLoop.shutdown_default_executor
del BaseEventLoop
"""#

    // MARK: - runners.py

    static let runners = #"""
def run(main, *, debug=None):
    """Run coroutine `main` in a new event loop, close the loop, return main's result."""
    if _get_running_loop() is not None:
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")

    with Runner(debug=debug) as runner:
        return runner.run(main)


class Runner:
    """Owns one event loop, made on first use, for running coroutines in turn."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'CREATED'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._interrupt_count = 0
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Wind down what is left on the loop (tasks, async generators), then close it."""
        if self._state != 'INITIALIZED':
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                _restore_event_loop()
            loop.close()
            self._loop = None
            self._state = 'CLOSED'

    def get_loop(self):
        """The runner's event loop (made now if need be)."""
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run `coro` as a task on the runner's loop until it finishes; return its result."""
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError(
                "Runner.run() cannot be called from a running event loop")

        self._lazy_init()
        task = self._loop.create_task(coro)
        self._interrupt_count = 0
        try:
            return self._loop.run_until_complete(task)
        except CancelledError:
            # A main task cancelled because of Ctrl-C leaves as KeyboardInterrupt.
            # (coro counts no interrupts, so this stays a plain cancellation.)
            if self._interrupt_count > 0 and task.uncancel() == 0:
                raise KeyboardInterrupt()
            raise

    def _lazy_init(self):
        if self._state == 'CLOSED':
            raise RuntimeError("Runner is closed")
        if self._state == 'INITIALIZED':
            return
        if self._loop_factory is not None:
            self._loop = self._loop_factory()
        else:
            self._loop = new_event_loop()
            # The default loop also becomes the current one (once); close()
            # puts things back.
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'INITIALIZED'


def _cancel_all_tasks(loop):
    # The tasks main left behind are cancelled and run until they have
    # finished; any that ended with an error other than the cancellation is
    # reported to the loop's exception handler.
    leftovers = all_tasks(loop)
    if not leftovers:
        return

    for task in leftovers:
        task.cancel()
    loop.run_until_complete(gather(*leftovers, return_exceptions=True))

    for task in leftovers:
        if not task.cancelled() and task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })
"""#
}
