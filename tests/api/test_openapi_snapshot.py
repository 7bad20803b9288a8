"""The OpenAPI document is what clients are generated from: it changes only on purpose.

The live document must equal the committed snapshot, to the letter (keys in order, as clients
read them). A change that means to alter the document regenerates the snapshot with
``make openapi-snapshot`` and commits it with the change, so the diff shows what clients see.
"""

from __future__ import annotations

import difflib
import json
import os
from typing import Any

from app.config import PROJECT_ROOT

SNAPSHOT = PROJECT_ROOT / "tests" / "snapshots" / "openapi.json"
UPDATE = "PLAPI_UPDATE_SNAPSHOTS"
SHOWN_LINES = 60


def rendered(spec: dict[str, Any]) -> str:
    return json.dumps(spec, indent=2, ensure_ascii=False) + "\n"


def test_the_openapi_document_equals_its_snapshot(spec: dict[str, Any]) -> None:
    live = rendered(spec)
    if os.environ.get(UPDATE) == "1":
        SNAPSHOT.write_text(live, encoding="utf-8")
    committed = SNAPSHOT.read_text(encoding="utf-8")
    if live != committed:
        diff = difflib.unified_diff(
            committed.splitlines(), live.splitlines(), "snapshot", "live", lineterm=""
        )
        shown = "\n".join(list(diff)[:SHOWN_LINES])
        raise AssertionError(
            "The OpenAPI document differs from tests/snapshots/openapi.json. If the change is "
            "meant, run `make openapi-snapshot` (or set "
            f"{UPDATE}=1 for this test) and commit the new snapshot.\n{shown}"
        )
