"""A Python client of the Pregnancy Loss Information API that reads like a hand-written one.

It wraps the client generated from the OpenAPI document (``plapi_client``) and gives:

- typed returns: ``api.condition("stillbirth")`` is a ``ConditionDetail``, never a union with
  a problem or ``None``;
- a typed error: a problem answer (RFC 9457) raises ``ProblemError``, carrying its fields;
- conditional requests: pass the ETag of the copy you hold, and ``NOT_MODIFIED`` means "use
  your copy";
- lists as iterators over every page (``for cause in api.causes(trimester="second")``);
- sync: ``api.export()`` streams every record, ``api.changes(since)`` what changed since.

    api = PregnancyLossAPI("https://api.example.org")
    stillbirth = api.condition("stillbirth", expand="symptoms")
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any, Final, Generic, TypeVar

import httpx

from plapi_client import Client
from plapi_client.api.causes import causes_get, causes_list
from plapi_client.api.changes import changes_list
from plapi_client.api.conditions import conditions_get, conditions_list
from plapi_client.api.diagnostic_tests import diagnostic_tests_get, diagnostic_tests_list
from plapi_client.api.lookup import lookup_get
from plapi_client.api.meta import meta_get
from plapi_client.api.organizations import organizations_get, organizations_list
from plapi_client.api.references import references_get, references_list
from plapi_client.api.search import search_list, search_suggest
from plapi_client.api.symptoms import symptoms_get, symptoms_list
from plapi_client.api.treatments import treatments_get, treatments_list
from plapi_client.models import (
    CauseDetail,
    CauseSummary,
    ConditionDetail,
    ConditionSummary,
    DiagnosticTestDetail,
    DiagnosticTestSummary,
    LookupResult,
    Meta,
    OrganizationDetail,
    OrganizationSummary,
    Problem,
    RecordChangeItem,
    ReferenceDetail,
    ReferenceListItem,
    SearchHit,
    Suggestion,
    SuggestionList,
    SymptomDetail,
    SymptomSummary,
    TreatmentDetail,
    TreatmentSummary,
)
from plapi_client.types import UNSET, Response

__all__ = [
    "NOT_MODIFIED",
    "Fetched",
    "NotModified",
    "PregnancyLossAPI",
    "ProblemError",
]

T = TypeVar("T")
PAGE_SIZE: Final = 100


class NotModified(Enum):
    """The answer to a conditional request whose ETag is still current: use your copy."""

    NOT_MODIFIED = "not modified"


NOT_MODIFIED: Final = NotModified.NOT_MODIFIED


@dataclass(frozen=True)
class Fetched(Generic[T]):
    """A record, and the ETag to send back to learn whether it changed."""

    value: T
    etag: str | None


@dataclass(frozen=True)
class FieldError:
    location: str
    message: str


class ProblemError(Exception):
    """The service answered with a problem (RFC 9457): its status, title, detail, the path
    asked (``instance``) and, for invalid input, each invalid parameter."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str,
        instance: str = "",
        errors: list[FieldError] | None = None,
    ) -> None:
        super().__init__(f"{status} {title}: {detail}")
        self.status = status
        self.title = title
        self.detail = detail
        self.instance = instance
        self.errors = errors or []

    @classmethod
    def from_response(cls, status: int, content: bytes) -> ProblemError:
        try:
            problem = Problem.from_dict(json.loads(content))
        except (ValueError, KeyError, TypeError):
            return cls(status, "Unexpected answer", content[:200].decode("utf-8", "replace"))
        errors = problem.errors if isinstance(problem.errors, list) else []
        return cls(
            problem.status,
            problem.title,
            problem.detail,
            problem.instance,
            [FieldError(error.location, error.message) for error in errors],
        )


DETAILS: dict[type[Any], Callable[..., Response[Any]]] = {
    ConditionDetail: conditions_get.sync_detailed,
    CauseDetail: causes_get.sync_detailed,
    SymptomDetail: symptoms_get.sync_detailed,
    DiagnosticTestDetail: diagnostic_tests_get.sync_detailed,
    TreatmentDetail: treatments_get.sync_detailed,
    OrganizationDetail: organizations_get.sync_detailed,
    ReferenceDetail: references_get.sync_detailed,
}
"""The call that fetches a record of each type, by its model."""


def _given(**options: Any) -> dict[str, Any]:
    return {name: value for name, value in options.items() if value is not None}


class PregnancyLossAPI:
    """The API at ``base_url``. Redirects (a slug in another case) are followed."""

    def __init__(self, base_url: str, *, timeout: float = 30.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.client = Client(
            base_url=self.base_url, timeout=httpx.Timeout(timeout), follow_redirects=True
        )

    def close(self) -> None:
        self.client.get_httpx_client().close()

    def __enter__(self) -> PregnancyLossAPI:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- the calls every method makes ----------------------------------------------------

    def _answer(self, response: Response[Any], expected: type[T]) -> T | NotModified:
        if response.status_code == 304:
            return NOT_MODIFIED
        if response.status_code == 200 and isinstance(response.parsed, expected):
            return response.parsed
        raise ProblemError.from_response(int(response.status_code), response.content)

    def _one(self, call: Callable[..., Response[Any]], expected: type[T], **options: Any) -> T:
        response = call(client=self.client, **_given(**options))
        if response.status_code == 200 and isinstance(response.parsed, expected):
            return response.parsed
        raise ProblemError.from_response(int(response.status_code), response.content)

    def _pages(
        self, call: Callable[..., Response[Any]], item: type[T], **options: Any
    ) -> Iterator[T]:
        """Every item of a list, page after page."""
        offset = 0
        while True:
            response = call(client=self.client, limit=PAGE_SIZE, offset=offset, **_given(**options))
            page = response.parsed
            if response.status_code != 200 or isinstance(page, Problem) or page is None:
                raise ProblemError.from_response(int(response.status_code), response.content)
            for found in page.items:
                assert isinstance(found, item)
                yield found
            offset += len(page.items)
            if not page.items or offset >= page.total:
                return

    # --- records in full -------------------------------------------------------------------

    def fetch(
        self, model: type[T], slug: str, *, etag: str | None = None, expand: str | None = None
    ) -> Fetched[T] | NotModified:
        """A record of the type ``model`` names (``ConditionDetail``, …) with its ETag; or,
        when ``etag`` (of the copy you hold) is still current, ``NOT_MODIFIED``."""
        call = DETAILS[model]
        response = call(
            client=self.client, slug=slug, if_none_match=etag or UNSET, **_given(expand=expand)
        )
        found = self._answer(response, model)
        if isinstance(found, NotModified):
            return found
        return Fetched(found, response.headers.get("etag"))

    def condition(self, slug: str, *, expand: str | None = None) -> ConditionDetail:
        return self._one(conditions_get.sync_detailed, ConditionDetail, slug=slug, expand=expand)

    def cause(self, slug: str, *, expand: str | None = None) -> CauseDetail:
        return self._one(causes_get.sync_detailed, CauseDetail, slug=slug, expand=expand)

    def symptom(self, slug: str, *, expand: str | None = None) -> SymptomDetail:
        return self._one(symptoms_get.sync_detailed, SymptomDetail, slug=slug, expand=expand)

    def diagnostic_test(self, slug: str, *, expand: str | None = None) -> DiagnosticTestDetail:
        return self._one(
            diagnostic_tests_get.sync_detailed, DiagnosticTestDetail, slug=slug, expand=expand
        )

    def treatment(self, slug: str, *, expand: str | None = None) -> TreatmentDetail:
        return self._one(treatments_get.sync_detailed, TreatmentDetail, slug=slug, expand=expand)

    def organization(self, slug: str, *, expand: str | None = None) -> OrganizationDetail:
        return self._one(
            organizations_get.sync_detailed, OrganizationDetail, slug=slug, expand=expand
        )

    def reference(self, slug: str, *, expand: str | None = None) -> ReferenceDetail:
        return self._one(references_get.sync_detailed, ReferenceDetail, slug=slug, expand=expand)

    # --- lists, every page -----------------------------------------------------------------

    def conditions(self, **filters: Any) -> Iterator[ConditionSummary]:
        return self._pages(conditions_list.sync_detailed, ConditionSummary, **filters)

    def causes(self, **filters: Any) -> Iterator[CauseSummary]:
        return self._pages(causes_list.sync_detailed, CauseSummary, **filters)

    def symptoms(self, **filters: Any) -> Iterator[SymptomSummary]:
        return self._pages(symptoms_list.sync_detailed, SymptomSummary, **filters)

    def diagnostic_tests(self, **filters: Any) -> Iterator[DiagnosticTestSummary]:
        return self._pages(diagnostic_tests_list.sync_detailed, DiagnosticTestSummary, **filters)

    def treatments(self, **filters: Any) -> Iterator[TreatmentSummary]:
        return self._pages(treatments_list.sync_detailed, TreatmentSummary, **filters)

    def organizations(self, **filters: Any) -> Iterator[OrganizationSummary]:
        return self._pages(organizations_list.sync_detailed, OrganizationSummary, **filters)

    def references(self, **filters: Any) -> Iterator[ReferenceListItem]:
        return self._pages(references_list.sync_detailed, ReferenceListItem, **filters)

    def search(self, q: str, **filters: Any) -> Iterator[SearchHit]:
        """Every hit for ``q``, best first (the service ranks the best 300)."""
        return self._pages(search_list.sync_detailed, SearchHit, q=q, **filters)

    def suggest(self, q: str, *, limit: int | None = None) -> list[Suggestion]:
        return self._one(search_suggest.sync_detailed, SuggestionList, q=q, limit=limit).items

    # --- codes, the dataset, and keeping a copy in sync ------------------------------------

    def lookup(self, system: str, code: str) -> LookupResult:
        return self._one(lookup_get.sync_detailed, LookupResult, system=system, code=code)

    def meta(self) -> Meta:
        return self._one(meta_get.sync_detailed, Meta)

    def export(self, **options: str) -> Iterator[dict[str, Any]]:
        """Every record in full, one at a time, as the export streams them (``type``, then
        the record as its detail answers it); the last item, without ``type``, names the
        ``dataset_version`` to ask for changes since."""
        http = self.client.get_httpx_client()
        with http.stream("GET", "/v1/export", params=options) as response:
            if response.status_code != 200:
                raise ProblemError.from_response(response.status_code, response.read())
            for line in response.iter_lines():
                if line:
                    yield json.loads(line)

    def changes(self, since: str | None = None) -> Iterator[RecordChangeItem]:
        """Each record added, changed or removed after the dataset version ``since``, oldest
        first. A version the service never served raises ``ProblemError`` with status 410:
        start again from ``export()``."""
        return self._pages(changes_list.sync_detailed, RecordChangeItem, since=since)
