"""Problems found in the curated files, each naming its file, record and field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one record: where it is and what is wrong."""

    file: str
    record: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: record {self.record!r}"
        if self.field:
            where += f", field {self.field!r}"
        return f"{where}: {self.message}"


class DatasetError(Exception):
    """The curated files cannot be loaded; ``problems`` says why, every one of them."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__(f"{len(self.problems)} problem(s) in the curated data")
