"""Progress of long commands: a rich progress bar on a terminal, plain one-line messages otherwise.

Output piped to a file or read by a test gets the plain lines only, never control characters.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)


class Steps:
    """Counts finished steps of one command and reports them."""

    def __init__(self, console: Console, total: int, bar: Progress | None, task: TaskID | None):
        self._console = console
        self._total = total
        self._bar = bar
        self._task = task
        self.done = 0

    def start(self, what: str) -> None:
        """Say which step is running now (shown on the bar; plain output stays quiet)."""
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, description=what)

    def set_total(self, total: int) -> None:
        """The number of steps, once known."""
        self._total = total
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, total=total)

    def advance(self, line: str | None = None) -> None:
        """One step finished; `line` says what it did."""
        self.done += 1
        if self._bar is not None and self._task is not None:
            self._bar.advance(self._task)
        if line:
            self._console.print(line, highlight=False, soft_wrap=True)

    def say(self, line: str) -> None:
        """Print a line without counting a step."""
        self._console.print(line, highlight=False, soft_wrap=True)


@contextmanager
def steps(console: Console, total: int, what: str) -> Iterator[Steps]:
    """Report `total` steps of `what`: a bar on a terminal, plain lines elsewhere."""
    if not console.is_terminal or console.is_dumb_terminal:
        yield Steps(console, total, None, None)
        return
    bar = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,  # the finished lines stay, the bar goes
    )
    with bar:
        task = bar.add_task(what, total=total)
        yield Steps(bar.console, total, bar, task)
