"""Per document position, what ranking reads, as arrays: type, weeks, trimesters, category and
the order ties are broken in."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from app.search.index import Document

Ids = npt.NDArray[np.int32]
Scores = npt.NDArray[np.float32]
TRIMESTER_BITS = {"first": 1, "second": 2, "third": 4}


@dataclass(frozen=True)
class DocumentArrays:
    """Per document position, what ranking reads, as arrays: type, weeks, trimesters."""

    type_names: tuple[str, ...]
    type_code: npt.NDArray[np.int8]
    week_start: Scores  # NaN: no weeks
    week_end: Scores  # NaN: no end (or no weeks)
    trimesters: npt.NDArray[np.int8]  # bits of TRIMESTER_BITS
    category: tuple[str | None, ...]
    tie_rank: Ids  # each document's place in (type, slug) order, to break ties

    def code(self, type_name: str) -> int:
        return self.type_names.index(type_name) if type_name in self.type_names else -1

    @classmethod
    def of(cls, documents: list[Document]) -> DocumentArrays:
        type_names = tuple(sorted({document.type for document in documents}))
        nan = math.nan
        return cls(
            type_names=type_names,
            type_code=np.array([type_names.index(d.type) for d in documents], dtype=np.int8),
            week_start=np.array(
                [nan if d.week_start is None else d.week_start for d in documents], np.float32
            ),
            week_end=np.array(
                [nan if d.week_end is None else d.week_end for d in documents], np.float32
            ),
            trimesters=np.array(
                [sum(TRIMESTER_BITS[t] for t in d.trimesters) for d in documents], np.int8
            ),
            category=tuple(d.display.get("category") for d in documents),
            tie_rank=np.argsort(
                np.argsort([f"{d.type}\0{d.slug}" for d in documents], kind="stable")
            ).astype(np.int32),
        )
