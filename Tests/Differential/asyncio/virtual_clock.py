"""CPython on coro's virtual clock, for the `asyncio` differential suite.

coro runs asyncio on a virtual clock that starts at 0.0 and jumps to the next timer
deadline whenever nothing is ready (PRODUCT.md §3, §8). This module makes CPython 3.11
do the same, so one program prints the same lines under `python3` and `coro run`.
It is not a test program: DifferentialTests.swift skips it and loads it into CPython
before each program of this directory; coro runs the programs directly.

What changes, and nothing else:

- `VirtualClockEventLoop` subclasses asyncio's default loop (the Unix selector loop)
  and overrides only
    * `time()`: reads the virtual clock;
    * the selector's wait: where the real loop would block in `select(timeout)`, the
      clock moves instead — to the deadline of the earliest timer when that is what
      the loop is waiting for (the timeout the loop computed from it), else by the
      timeout — and the selector is only polled. A wait with no timeout (nothing
      ready, no timer: the program can never go on) raises RuntimeError instead of
      hanging. One more case needs the clock to move: from 2**23 s (97 days) on,
      `now + _clock_resolution` rounds back to `now`, so a timer whose deadline the
      clock has reached is never "due" and the loop would poll forever (real time
      would move on); the clock then moves by one ulp;
    * the timer ordering: `call_at` (and so `call_later`) makes timers that compare by
      (deadline, scheduling sequence number), so equal deadlines fire in the order
      they were scheduled (asyncio's TimerHandle compares by deadline only, and heapq
      is not stable).
  Everything else is asyncio's own code: `_run_once` (ready queue, due timers moved at
  the start of an iteration with `_clock_resolution` = time.get_clock_info('monotonic')
  .resolution, as CPython has it), tasks, futures, `asyncio.run`, queues, locks...
- `time.time/monotonic/perf_counter` (and their `_ns` forms) read the same clock, which
  starts at 0.0; `time.sleep(s)` moves it by `s` at once, after time.sleep's own
  argument checks (TypeError, ValueError for NaN and negatives, OverflowError past
  CPython's 64-bit nanosecond range). Inside a running loop that is exactly what a
  blocking sleep looks like: the clock moves while no callback runs, and every task
  waits.
- `install()` sets an event loop policy whose new loops are VirtualClockEventLoops, so
  `asyncio.run`, `asyncio.new_event_loop` and `asyncio.get_event_loop` all use them.
- The loop and timer handle classes carry the names of the classes they extend
  (`_UnixSelectorEventLoop`, `TimerHandle`), so their reprs print as CPython's do.

Activation. The harness (Differential.Shim in DifferentialTests.swift) runs, with the
program's directory as cwd,

    python3 -c SCRIPT DIR DIR/virtual_clock.py FILE

where SCRIPT imports this module from DIR, checks that it is that file (else it
exits 3 with "coro-differential: cannot load the CPython shim ..." on stderr) and
calls run_program(FILE). By hand:

    python3 Tests/Differential/asyncio/virtual_clock.py FILE

`run_program` installs the clock and runs FILE as `__main__` (runpy.run_path), with
sys.argv = [FILE] and sys.path[0] = FILE's directory, as `python3 FILE` would.
"""

import asyncio
import heapq
import itertools
import math
import operator
import os
import runpy
import selectors
import sys
import time

from asyncio import base_events, events

__all__ = ["install", "run_program", "now", "VirtualClockEventLoop",
           "VirtualClockEventLoopPolicy"]


# ---------------------------------------------------------------------------
# The clock (one per process, like coro's: time.* and every loop read it).

_now = 0.0
_installed = False
_real = {}


def now():
    """The virtual time in seconds (starts at 0.0)."""
    return _now


def _advance_to(when):
    global _now
    if when > _now:
        _now = when


def _advance_by(seconds):
    global _now
    if seconds > 0:
        _now = _now + seconds


_NS_LIMIT = 2 ** 63  # CPython keeps times as signed 64-bit nanoseconds (_PyTime_t)


def _seconds_argument(secs):
    # time.sleep's argument checks, in CPython's order and words: a float (not NaN),
    # or an int-like object, that fits in _PyTime_t; then not negative.
    if isinstance(secs, float):
        if math.isnan(secs):
            raise ValueError("Invalid value NaN (not a number)")
        if not -_NS_LIMIT <= secs * 1e9 < _NS_LIMIT:
            raise OverflowError("timestamp out of range for platform time_t")
        value = secs
    else:
        whole = operator.index(secs)
        if not -_NS_LIMIT <= whole * 10 ** 9 < _NS_LIMIT:
            raise OverflowError("timestamp too large to convert to C _PyTime_t")
        value = float(whole)
    if value < 0:
        raise ValueError("sleep length must be non-negative")
    return value


def _sleep(secs):
    """time.sleep on the virtual clock: the clock moves, nothing else runs."""
    _advance_by(_seconds_argument(secs))


def _time():
    return _now


def _time_ns():
    return int(round(_now * 1e9))


# ---------------------------------------------------------------------------
# The loop.

class _SequencedTimerHandle(events.TimerHandle):
    """A TimerHandle ordered by (deadline, scheduling order)."""

    __slots__ = ("_sequence",)

    def __init__(self, when, callback, args, loop, context, sequence):
        super().__init__(when, callback, args, loop, context)
        self._sequence = sequence

    def _key(self):
        return (self._when, self._sequence)

    def __lt__(self, other):
        if isinstance(other, _SequencedTimerHandle):
            return self._key() < other._key()
        return super().__lt__(other)

    def __le__(self, other):
        if isinstance(other, _SequencedTimerHandle):
            return self._key() <= other._key()
        return super().__le__(other)

    def __gt__(self, other):
        if isinstance(other, _SequencedTimerHandle):
            return self._key() > other._key()
        return super().__gt__(other)

    def __ge__(self, other):
        if isinstance(other, _SequencedTimerHandle):
            return self._key() >= other._key()
        return super().__ge__(other)


class _VirtualSelector(selectors.DefaultSelector):
    """The loop's selector: polls instead of waiting, and moves the clock."""

    def __init__(self, loop):
        super().__init__()
        self._virtual_loop = loop

    def select(self, timeout=None):
        if timeout is None:
            ready = super().select(0)
            if not ready:
                raise RuntimeError(
                    "virtual_clock: the event loop would wait forever "
                    "(nothing is ready and no timer is scheduled)")
            return ready
        loop = self._virtual_loop
        scheduled = loop._scheduled
        if timeout == 0 and scheduled and not loop._ready and not loop._stopping:
            when = scheduled[0]._when
            if when <= _now and not when < _now + loop._clock_resolution:
                # The deadline has come but is not "due": past 2**23 s the float
                # now + resolution rounds back to now. Real time would move on; move
                # the clock by the least amount that makes the timer due.
                _advance_to(math.nextafter(_now, math.inf))
            return super().select(0)
        if timeout > 0:
            if scheduled:
                # _run_once computed the timeout from the earliest timer: jump to its
                # deadline exactly (now + (when - now) can be off by one ulp).
                when = scheduled[0]._when
                expected = min(max(0, when - _now), base_events.MAXIMUM_SELECT_TIMEOUT)
                if timeout == expected and expected < base_events.MAXIMUM_SELECT_TIMEOUT:
                    _advance_to(when)
                    return super().select(0)
            _advance_by(timeout)
        return super().select(0)


class VirtualClockEventLoop(asyncio.SelectorEventLoop):
    """asyncio's default event loop on the virtual clock."""

    def __init__(self):
        self._timer_sequence = itertools.count()
        super().__init__(selector=_VirtualSelector(self))

    def time(self):
        return _now

    def call_at(self, when, callback, *args, context=None):
        # BaseEventLoop.call_at (3.11), with a sequenced timer handle.
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = _SequencedTimerHandle(when, callback, args, self, context,
                                      next(self._timer_sequence))
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer


class VirtualClockEventLoopPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = VirtualClockEventLoop


# Under the names of the classes they stand for, so type names and reprs print as with
# CPython's own loop (`<_UnixSelectorEventLoop running=True ...>`, `<TimerHandle ...>`).
for _virtual, _real_class in ((VirtualClockEventLoop, asyncio.SelectorEventLoop),
                              (_SequencedTimerHandle, events.TimerHandle)):
    _virtual.__name__ = _real_class.__name__
    _virtual.__qualname__ = _real_class.__qualname__
    _virtual.__module__ = _real_class.__module__
del _virtual, _real_class


# ---------------------------------------------------------------------------
# Activation.

_PATCHED = {
    "time": _time,
    "monotonic": _time,
    "perf_counter": _time,
    "time_ns": _time_ns,
    "monotonic_ns": _time_ns,
    "perf_counter_ns": _time_ns,
    "sleep": _sleep,
}


def install():
    """Put this process on the virtual clock (idempotent). The clock reads 0.0."""
    global _installed, _now
    if not _installed:
        for name, function in _PATCHED.items():
            _real[name] = getattr(time, name)
            setattr(time, name, function)
        _installed = True
    _now = 0.0
    asyncio.set_event_loop_policy(VirtualClockEventLoopPolicy())


def run_program(path):
    """Runs the program at `path` as `python3 path` would, on the virtual clock."""
    path = os.path.abspath(path)
    sys.argv[:] = [path]
    sys.path[0] = os.path.dirname(path)
    install()
    runpy.run_path(path, run_name="__main__")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 virtual_clock.py PROGRAM.py")
    import virtual_clock as _shim  # the importable copy, not this __main__ module
    _shim.run_program(sys.argv[1])
