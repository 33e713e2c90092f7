"""Progress: plain lines off a terminal, a bar on one."""

from __future__ import annotations

import io

from rich.console import Console

from flows.progress import steps


def test_plain_lines_when_not_on_a_terminal():
    out = io.StringIO()
    console = Console(file=out, force_terminal=False, width=80)
    with steps(console, 2, "work") as progress:
        progress.start("first")
        progress.advance("first done")
        progress.start("second")
        progress.advance("second done")
    assert out.getvalue().splitlines() == ["first done", "second done"]
    assert progress.done == 2


def test_a_bar_on_a_terminal_keeps_the_finished_lines():
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=80)
    with steps(console, 2, "work") as progress:
        progress.start("first")
        progress.advance("first done")
        progress.advance("second done")
    text = out.getvalue()
    assert "first done" in text and "second done" in text
    assert "\x1b[" in text  # drawn with terminal control codes


def test_long_lines_are_not_wrapped_when_piped():
    out = io.StringIO()
    console = Console(file=out, force_terminal=False, width=40)
    with steps(console, 1, "work") as progress:
        progress.advance("x" * 100)
    assert out.getvalue() == "x" * 100 + "\n"
