"""Progress of long work: a live bar per stage on a terminal, a few plain lines elsewhere.

A ``Progress`` is one stage (scan, parse, mentions, ...): the loop calls ``advance(n)``, and
the reporter decides what to show. Two outputs, independent:

- the console (stderr), only when ``NEWSFACTS_PROGRESS`` says so (``make run`` sets
  ``auto``: a tqdm bar when stderr is a terminal, plain lines when it is not); unset, as under
  pytest and ``dagster dev``, nothing is printed;
- ``log``, a callable such as Dagster's ``context.log.info``: plain lines at the same sparse
  cadence, so the run's event log shows how far a long step got.

Plain lines come at most every ``interval`` seconds and only after another ``step`` of the
total (10%), and one closing line: a stage prints eleven lines at most, a short one just its
closing line. While ``console`` is on, a ticker keeps bars' clocks moving through work that
advances no item (one slow SQL model, entity resolution), and in plain mode says every
``heartbeat`` seconds that such work still runs. Nothing here imports dagster.
"""
from __future__ import annotations

import math
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sized
from contextlib import contextmanager
from typing import TextIO, TypeVar

ENV = "NEWSFACTS_PROGRESS"  # off (default) | auto | bar | plain
T = TypeVar("T")


def console_mode(stream: TextIO | None = None) -> str:
    """'bar', 'plain' or 'off', from NEWSFACTS_PROGRESS; 'auto' is 'bar' on a terminal."""
    value = os.environ.get(ENV, "off").strip().lower()
    if value == "auto":
        stream = stream or sys.stderr
        return "bar" if getattr(stream, "isatty", lambda: False)() else "plain"
    return value if value in ("bar", "plain") else "off"


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


class Progress:
    """Items done of a stage's total, shown as a bar or as sparse plain lines."""

    def __init__(self, stage: str, total: int | None = None, *, unit: str = "items",
                 log: Callable[[str], object] | None = None, mode: str | None = None,
                 interval: float = 10.0, step: float = 0.1, heartbeat: float = 30.0,
                 stream: TextIO | None = None, clock: Callable[[], float] = time.monotonic):
        self.stage, self.total, self.unit, self.log = stage, total, unit, log
        self.stream = stream or _console or sys.stderr
        self.mode = mode or console_mode(self.stream)
        self.interval, self.step, self.heartbeat, self.clock = interval, step, heartbeat, clock
        self.done = 0
        self.started = clock()
        self.finished: float | None = None
        self.doing = ""  # what it is busy with when that is not counted in items
        self._last_time, self._last_done, self._last_move = self.started, 0, self.started
        self._bar = None
        if self.mode == "bar":
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=f"{stage:<9}", unit=unit, unit_scale=unit == "B",
                             file=self.stream, dynamic_ncols=True, leave=True, smoothing=0.1)
        if self.mode != "off":
            _live.append(self)

    # -------------------------------------------------------------- the loop's side
    def start(self, total: int) -> Progress:
        """Set the total once it is known (a folder's file count, a stage's documents)."""
        self.total = total
        if self._bar is not None:
            self._bar.total = total
            self._bar.refresh()
        return self

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self._bar is not None:
            self._bar.update(n)
        now = self._last_move = self.clock()
        since = now - self._last_time
        enough = self.total is None or self.done - self._last_done >= max(1, math.ceil(self.step * self.total))
        finishing = self.total is not None and self.done >= self.total  # the closing line says it
        if since >= self.interval and enough and not finishing:
            self._last_time, self._last_done = now, self.done
            self._emit(self.line())

    def note(self, text: str) -> None:
        """What the stage is busy with beyond its items ('finding duplicates', a model's name)."""
        self.doing = text
        if self._bar is not None:
            self._bar.set_postfix_str(text)

    def tick(self) -> None:
        """From the ticker thread: redraw the bar (its clock moves); in plain mode, a heartbeat
        line when no item has moved for ``heartbeat`` seconds (one slow model, a long resolve)."""
        if self.finished is not None:
            return
        if self._bar is not None:
            self._bar.refresh()
        elif self.mode == "plain" and self.clock() - max(self._last_time, self._last_move) >= self.heartbeat:
            self._last_time = self.clock()
            print(self.line(), file=self.stream, flush=True)

    def close(self) -> None:
        """Finish the stage: the bar stays as its summary, plain outputs get a closing line."""
        if self.finished is not None:
            return
        self.finished = self.clock()
        self.doing = ""
        if self._bar is not None:
            self._bar.set_postfix_str("", refresh=False)
            self._bar.close()
        if self in _live:
            _live.remove(self)
        self._emit(self.line())

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -------------------------------------------------------------- what it says
    @property
    def seconds(self) -> float:
        return (self.finished if self.finished is not None else self.clock()) - self.started

    @property
    def rate(self) -> float:
        """Items per second so far (0 before any time has passed)."""
        return self.done / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        if self.unit == "B":  # bytes: in MB
            amount, unit, rate = (lambda n: f"{n / 1e6:,.1f}"), "MB", self.rate / 1e6
        else:
            amount, unit, rate = (lambda n: f"{n:,}"), self.unit, self.rate
        count = amount(self.done) if self.total is None else f"{amount(self.done)}/{amount(self.total)}"
        pct = f" ({self.done / self.total:.0%})" if self.total else ""
        text = f"{self.stage}: {count} {unit}{pct} in {_duration(self.seconds)}, {rate:,.{1 if rate < 10 else 0}f} {unit}/s"
        if self.finished is None and self.total and self.rate > 0 and self.done < self.total:
            text += f", about {_duration((self.total - self.done) / self.rate)} left"
        return text + (f" ({self.doing})" if self.doing else "")

    def _emit(self, text: str) -> None:
        if self.log is not None:
            self.log(text)
        if self.mode == "plain":
            print(text, file=self.stream, flush=True)


def track(items: Iterable[T], progress: Progress | None) -> Iterator[T]:
    """Yield ``items``, advancing ``progress`` after each; sets its total from ``len(items)``."""
    if progress is None:
        yield from items
        return
    if progress.total is None and isinstance(items, Sized):
        progress.start(len(items))
    for item in items:
        yield item
        progress.advance()


# ---------------------------------------------------------------- stages spread over steps
_shared: dict[str, Progress] = {}


def shared(stage: str, total: int, *, unit: str = "items") -> Progress:
    """One reporter for a stage made of many small steps (the SQL models): the first step
    opens it, ``advance`` closes it when the total is reached, ``close_shared`` ends any left."""
    if console_mode() == "off":  # nothing to show: no state kept between runs either
        return Progress(stage, total, unit=unit, mode="off")
    current = _shared.get(stage)
    if current is None or current.finished is not None:
        current = _shared[stage] = Progress(stage, total, unit=unit)
    return current


def advance_shared(stage: str, total: int, *, unit: str = "items") -> None:
    progress = shared(stage, total, unit=unit)
    progress.advance()
    if progress.total is not None and progress.done >= progress.total:
        progress.close()


def close_shared() -> None:
    for progress in _shared.values():
        progress.close()
    _shared.clear()


# ---------------------------------------------------------------- the command line's side
_console: TextIO | None = None  # the terminal (or log file) as the command found it
_live: list[Progress] = []  # open reporters that print to the console


def _tick_until(stop: threading.Event, every: float) -> None:
    while not stop.wait(every):
        for progress in list(_live):
            progress.tick()


class _AboveBars:
    """stderr while bars are live: other writes (Dagster's warnings) print above the bars."""

    def __init__(self, real: TextIO, out: TextIO):
        self.real, self.out = real, out
        self._pending = ""

    def write(self, text: str) -> int:
        from tqdm import tqdm

        self._pending += text
        if "\n" in self._pending:
            complete, self._pending = self._pending.rsplit("\n", 1)
            tqdm.write(complete, file=self.out)
        return len(text)

    def flush(self) -> None:
        self.out.flush()

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)


def _duplicate(stream: TextIO) -> TextIO | None:
    try:
        return os.fdopen(os.dup(stream.fileno()), "w", buffering=1)
    except (AttributeError, OSError, ValueError):
        return None


@contextmanager
def console(setting: str = "auto") -> Iterator[str]:
    """Console progress on for the block, unless NEWSFACTS_PROGRESS already says otherwise; yields
    the mode. The mode is settled here, and progress writes to a copy of stderr's descriptor:
    inside a step Dagster points descriptor 2 at its compute log, which is no terminal. With
    bars, anything else written to stderr (Dagster's warnings) is printed above them."""
    global _console
    before = os.environ.get(ENV)
    os.environ[ENV] = before or setting
    mode = console_mode(sys.stderr)
    os.environ[ENV] = mode
    real = sys.stderr
    if mode != "off":
        _console = _duplicate(real)
    if mode == "bar" and _console is not None:
        sys.stderr = _AboveBars(real, _console)
    stop = threading.Event()
    ticker = threading.Thread(target=_tick_until, args=(stop, 1.0), name="progress-ticker", daemon=True)
    if mode != "off":
        ticker.start()
    try:
        yield mode
    finally:
        stop.set()
        if ticker.is_alive():
            ticker.join()
        close_shared()
        _live.clear()
        sys.stderr = real
        if _console is not None:
            _console.close()
            _console = None
        if before is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = before
