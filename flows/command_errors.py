"""How a command says it cannot go on: one line on stderr, `error: <what and why>`, exit 2.

The message is printed as it is: brackets in it (`[[source]] #3`, `[alerts]`) are text, not
console markup.
"""

from __future__ import annotations

import typer
from rich.console import Console
from rich.markup import escape

_err = Console(stderr=True)


def report(message: str) -> None:
    """Print `error: message` on stderr (a command that goes on with its other inputs)."""
    _err.print(f"[red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print `error: message` on stderr and return the `typer.Exit` to raise."""
    report(message)
    return typer.Exit(code)
