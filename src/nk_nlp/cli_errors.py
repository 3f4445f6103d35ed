"""Errors a user can fix (a file that is not JSON, a missing optional dependency, an
output that cannot be written) as one line on stderr and an exit code, not a traceback."""

from contextlib import contextmanager
from typing import Iterator, Type

import typer


@contextmanager
def as_message(*kinds: Type[BaseException], code: int = 1, prefix: str = "error: ") -> Iterator[None]:
    """Inside the block, an exception of one of `kinds` becomes `error: MESSAGE` and exit `code`."""
    try:
        yield
    except kinds as err:
        typer.echo(f"{prefix}{err}", err=True)
        raise typer.Exit(code)
