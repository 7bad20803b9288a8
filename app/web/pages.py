"""Routes of the pages for people: browse and search, record pages, embeds and fragments.

A slug names a page only if it is a slug at all (``vocabulary.is_slug``, as for files); any other
address under a type is a page that does not exist, so people get a 404 page where the API
answers a malformed slug with a 422.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from app.db import Database, DatabaseDep, SessionDep, raw_connection
from app.problem_details import ProblemError
from app.queries.records import list_records
from app.record_type import page_path
from app.registry import CITED_BY_TITLE, TYPES
from app.search.engine import search, term_in_index
from app.search.query import MAX_QUERY_LENGTH, parse
from app.terms import DISCLAIMER
from app.vocabulary import is_slug
from app.web.error_pages import install_error_pages
from app.web.facts import facts
from app.web.jsonld import kind_names, public_base_url, script_json, web_page
from app.web.markdown import render

HERE = Path(__file__).parent
SITE_NAME = "Pregnancy Loss Information"

# The types listed on the browse page, each in a section whose id is the type's name; the
# sources are reached from the pages that cite them.
BROWSE_TYPES = tuple(name for name, record_type in TYPES.items() if not record_type.is_citation)
# The sections of a page that list linked records, in order: (detail field, heading, the type
# of its records, when the items do not say it themselves).
LINKED_SECTIONS: list[tuple[str, str, str | None]] = [
    *(
        (record_type.field, record_type.section_title, name)
        for name, record_type in TYPES.items()
        if not record_type.is_citation
    ),
    *(
        (link.reverse, link.reverse_title, owner.name.value)
        for owner in TYPES.values()
        for link in owner.links
        if link.reverse_title
    ),
    ("cited_by", CITED_BY_TITLE, None),
]

templates = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)
templates.globals.update(
    site_name=SITE_NAME,
    disclaimer=DISCLAIMER,
    record_types=[{"name": name, "label": TYPES[name].plural} for name in BROWSE_TYPES],
)


def _linked_sections(record: dict[str, Any]) -> list[tuple[str, list[dict[str, str]]]]:
    sections = []
    for field, title, type_name in LINKED_SECTIONS:
        items = record.get(field) or []
        if items:
            sections.append(
                (
                    title,
                    [
                        {
                            "name": item["name"],
                            "summary": item["summary"],
                            "page": page_path(item.get("type") or str(type_name), item["slug"]),
                        }
                        for item in items
                    ],
                )
            )
    return sections


def context(type_name: str, record: dict[str, Any], *, base_url: str) -> dict[str, Any]:
    record_type = TYPES[type_name]
    reviewed = dt.date.fromisoformat(str(record["last_reviewed"]))
    references = [
        {
            "citation": reference["citation"],
            "link": reference.get("source_url")
            or (f"https://doi.org/{reference['doi']}" if reference.get("doi") else None),
        }
        for reference in record.get("references", []) or []
    ]
    # Other names help search find a page; on the page itself, only the kind ones are shown.
    return {
        "record": record,
        "also_called": kind_names(record),
        "type_name": type_name,
        "type_label": record_type.singular,
        "type_plural": record_type.plural,
        # Where the type's list is on the browse page, if it is listed there.
        "type_list": f"/#{type_name}" if type_name in BROWSE_TYPES else None,
        "facts": facts(record_type, record),
        "details_html": Markup(render(record.get("details"))),
        "linked": _linked_sections(record),
        "references": references,
        "reviewed_text": f"{reviewed.day} {reviewed:%B %Y}",
        "jsonld": Markup(script_json(web_page(record_type, record, base_url))),
        "id_suffix": record["slug"],
        "link_base": "",
        "link_target": None,
        "record_page": page_path(type_name, record["slug"]),
    }


def _record(session: Any, database: Database, type_name: str, slug: str) -> dict[str, Any]:
    found = database.records.get(session, TYPES[type_name], slug) if is_slug(slug) else None
    if found is None:
        raise ProblemError(404, f"No {type_name} record has the slug {slug!r}.")
    data: dict[str, Any] = found.model_dump(mode="json")
    return data


def _page(name: str, values: dict[str, Any]) -> HTMLResponse:
    return HTMLResponse(templates.get_template(name).render(**values))


# The browse page's topic lists, rendered once per dataset (and dropped with it).
_TOPICS: WeakKeyDictionary[Database, Markup] = WeakKeyDictionary()


def _topics(session: Any, database: Database) -> Markup:
    rendered = _TOPICS.get(database)
    if rendered is None:
        groups = []
        for name in BROWSE_TYPES:
            page = list_records(session, TYPES[name], limit=100, offset=0)
            topics = [
                {"name": item.name, "summary": item.summary, "page": page_path(name, item.slug)}
                for item in page.items
            ]
            groups.append({"name": name, "label": TYPES[name].plural, "topics": topics})
        rendered = Markup(templates.get_template("topics.html").render(groups=groups))
        _TOPICS[database] = rendered
    return rendered


def browse(
    session: SessionDep,
    database: DatabaseDep,
    q: str = Query(default="", max_length=MAX_QUERY_LENGTH),
) -> HTMLResponse:
    results: list[dict[str, Any]] = []
    did_you_mean = None
    if q.strip():
        connection = raw_connection(session)
        parsed = parse(q, database.search_index, term_in_index(connection))
        did_you_mean = parsed.did_you_mean
        found = search(connection, database.search_index, parsed, limit=20, offset=0)
        results = [
            {
                "name": hit.name,
                "kind": TYPES[hit.type].singular,
                "page": page_path(hit.type, hit.slug),
                "snippet": Markup(hit.snippet),
            }
            for hit in found.hits
        ]
    return _page(
        "browse.html",
        {
            "topics": _topics(session, database),
            "query": q,
            "results": results,
            "did_you_mean": did_you_mean,
        },
    )


def _page_route(type_name: str, template: str) -> Callable[..., HTMLResponse]:
    """The route rendering ``template`` for one record of ``type_name``. Embeds and fragments
    open links in a new window; fragments keep links relative (the answer is the same
    whatever the host), and the web component makes them absolute to this service."""

    def page(
        slug: str, session: SessionDep, database: DatabaseDep, request: Request
    ) -> HTMLResponse:
        values = context(
            type_name,
            _record(session, database, type_name, slug),
            base_url=public_base_url(request),
        )
        if template != "record.html":
            values["link_target"] = "_blank"
        return _page(template, values)

    return page


def install_pages(app: FastAPI) -> None:
    """The pages' routes and assets, and HTML error pages for them. Call it after the problem
    handlers are installed: its error pages are another representation of their problems."""
    router = APIRouter(include_in_schema=False)
    router.add_api_route("/", browse, methods=["GET"], name="browse")
    for type_name in TYPES:
        for prefix, template, name in (
            ("", "record.html", "page"),
            ("/embed", "embed.html", "embed"),
            ("/fragments", "fragment.html", "fragment"),
        ):
            router.add_api_route(
                f"{prefix}/{type_name}/{{slug}}",
                _page_route(type_name, template),
                methods=["GET"],
                name=f"{name}-{type_name}",
            )

    def any_fragment(
        slug: str, session: SessionDep, database: DatabaseDep, request: Request
    ) -> HTMLResponse:
        """A record of whichever type has the slug (conditions first), for
        ``<pregnancy-loss-topic slug="…">`` without a ``type``."""
        for type_name in TYPES:
            found = database.records.get(session, TYPES[type_name], slug) if is_slug(slug) else None
            if found is not None:
                values = context(
                    type_name, found.model_dump(mode="json"), base_url=public_base_url(request)
                )
                values["link_target"] = "_blank"
                return _page("fragment.html", values)
        raise ProblemError(404, f"No record has the slug {slug!r}.")

    router.add_api_route("/fragments/{slug}", any_fragment, methods=["GET"], name="fragment-any")
    app.include_router(router)
    app.mount("/static/app", StaticFiles(directory=HERE / "static"), name="app-assets")
    install_error_pages(
        app,
        templates,
        pages=frozenset({"browse", *(f"page-{name}" for name in TYPES)}),
        embeds=frozenset(f"embed-{name}" for name in TYPES),
    )
