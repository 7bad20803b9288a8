"""Routes of the pages for people: browse and search, record pages, embeds and fragments.

A slug names a page only if it is a slug at all (the loader's one definition); any other
address under a type is a page that does not exist, so people get a 404 page where the API
answers a malformed slug with a 422.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pydantic import TypeAdapter, ValidationError

from app.api.errors import ProblemError
from app.api.meta import DISCLAIMER
from app.db import DatabaseDep, SessionDep
from app.loader.schemas import Slug
from app.phone import tel_href
from app.queries.records import TYPES, get_record, list_records
from app.search.engine import search
from app.search.query import MAX_QUERY_LENGTH, parse
from app.web.error_pages import install_error_pages
from app.web.jsonld import kind_names, page_url, web_page
from app.web.markdown import render

HERE = Path(__file__).parent
SITE_NAME = "Pregnancy Loss Information"
LABELS = {
    "conditions": ("Type of pregnancy loss", "Types of pregnancy loss"),
    "causes": ("Cause or risk factor", "Causes and risk factors"),
    "symptoms": ("Symptom", "Symptoms"),
    "diagnostic-tests": ("Test", "Tests"),
    "treatments": ("Treatment and care", "Treatments and care"),
    "organizations": ("Organization", "Support and organizations"),
    "references": ("Source", "Sources"),
}
URGENCY = {
    "emergency": "Emergency: get help now",
    "urgent": "Urgent: contact your care team today or sooner, not at your next visit",
    "routine": "Routine: mention it at your next visit",
}
LINKED = [
    ("conditions", "Types of pregnancy loss"),
    ("causes", "Causes and risk factors"),
    ("symptoms", "Signs"),
    ("diagnostic_tests", "Tests"),
    ("treatments", "Treatments and care"),
    ("organizations", "Support and organizations"),
    ("publications", "Published by this organization"),
    ("cited_by", "Pages that cite this source"),
]
TYPE_OF_FIELD = {
    "conditions": "conditions",
    "causes": "causes",
    "symptoms": "symptoms",
    "diagnostic_tests": "diagnostic-tests",
    "treatments": "treatments",
    "organizations": "organizations",
    "publications": "references",
}

# The types listed on the browse page, each in a section whose id is the type's name; the
# sources are reached from the pages that cite them.
BROWSE_TYPES = tuple(name for name in TYPES if name != "references")

templates = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)
templates.globals.update(
    site_name=SITE_NAME,
    disclaimer=DISCLAIMER,
    record_types=[{"name": name, "label": LABELS[name][1]} for name in BROWSE_TYPES],
)


def _weeks(weeks: dict[str, Any] | None) -> str:
    if not weeks:
        return ""
    start, end = weeks["start"], weeks["end"]
    if end is None:
        return f"From week {start}"
    return f"Before week {end}" if start == 0 else f"Weeks {start} to {end - 1}"


def _list(items: list[str]) -> Markup | str:
    if not items:
        return ""
    return Markup("<ul>{}</ul>").format(
        Markup("").join(Markup("<li>{}</li>").format(i) for i in items)
    )


def facts(type_name: str, record: dict[str, Any]) -> list[tuple[str, Any]]:
    """Type-specific facts, as (label, text or safe HTML) pairs."""
    found: list[tuple[str, Any]] = []

    def add(label: str, value: Any) -> None:
        if value:
            found.append((label, value))

    if type_name == "conditions":
        add("When", _weeks(record["weeks"]))
        add(
            "Definitions",
            _list([f"{d['jurisdiction']}: {d['text']}" for d in record["definitions"]]),
        )
        add("How common", _list([s["text"] for s in record["how_common"]]))
        add("Codes", ", ".join(f"{c['code']} ({c['system']})" for c in record["codes"]))
    elif type_name == "causes":
        add("Trimesters", ", ".join(record["trimesters"]))
        add("When it matters", _weeks(record["weeks"]))
        add("Strength of evidence", record["evidence"].capitalize())
        add(
            "Can it be changed?",
            f"{record['modifiable'].capitalize()}. {record['what_can_change'] or ''}".strip(),
        )
        add("How common", _list([s["text"] for s in record["how_common"]]))
        add("What may help", _list(record["prevention_tips"]))
    elif type_name == "symptoms":
        add("How urgent", URGENCY[record["urgency"]])
        add("When to get care", record["when_to_seek_care"])
        add("What is often normal", record["often_normal"])
    elif type_name == "diagnostic-tests":
        add("What it measures", record["measures"])
        add("What it can show", record["shows"])
        add("When it is used", record["used_when"])
    elif type_name == "treatments":
        add("Kind", record["kind"].capitalize())
        add("What to expect", record["what_to_expect"])
        add("Risks", record["risks"])
        add("Where guidelines differ", _list([s["text"] for s in record["guideline_differences"]]))
    elif type_name == "organizations":
        add("Kind", record["kind"].replace("-", " ").capitalize())
        add("Country", record["country"])
        if record["phone"]:
            add(
                "Phone",
                Markup('<a href="{}">{}</a>').format(tel_href(record["phone"]), record["phone"]),
            )
        add("Text", record["text_line"])
        add("Hours", record["hours"])
        add("Languages", ", ".join(record["languages"]))
        add("Services", _list(record["services"]))
        if record["website"]:
            add("Website", Markup('<a href="{0}">{0}</a>').format(record["website"]))
    elif type_name == "references":
        add("Kind", record["kind"].replace("-", " ").capitalize())
        add(
            "Published by",
            (record.get("organization") or {}).get("name") or record.get("publisher"),
        )
        if record.get("doi"):
            add("DOI", Markup('<a href="https://doi.org/{0}">{0}</a>').format(record["doi"]))
        if record.get("pmid"):
            add(
                "PubMed",
                Markup('<a href="https://pubmed.ncbi.nlm.nih.gov/{0}/">{0}</a>').format(
                    record["pmid"]
                ),
            )
        add("Note", record.get("note"))
    return found


def _linked(record: dict[str, Any]) -> list[tuple[str, list[dict[str, str]]]]:
    sections = []
    for field, title in LINKED:
        items = record.get(field) or []
        if items:
            sections.append(
                (
                    title,
                    [
                        {
                            "name": item["name"],
                            "summary": item["summary"],
                            "page": page_url(
                                item.get("type") or TYPE_OF_FIELD[field], item["slug"]
                            ),
                        }
                        for item in items
                    ],
                )
            )
    return sections


def context(type_name: str, record: dict[str, Any], *, base_url: str) -> dict[str, Any]:
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
        "type_label": LABELS[type_name][0],
        "type_plural": LABELS[type_name][1],
        # Where the type's list is on the browse page, if it is listed there.
        "type_list": f"/#{type_name}" if type_name in BROWSE_TYPES else None,
        "facts": facts(type_name, record),
        "details_html": Markup(render(record.get("details"))),
        "linked": _linked(record),
        "references": references,
        "reviewed_text": f"{reviewed.day} {reviewed:%B %Y}",
        "jsonld": Markup(
            json.dumps(web_page(type_name, record, base_url=base_url), ensure_ascii=False).replace(
                "</", "<\\/"
            )
        ),
        "id_suffix": record["slug"],
        "link_base": "",
        "link_target": None,
        "record_page": page_url(type_name, record["slug"]),
    }


_SLUG = TypeAdapter(Slug)


def is_slug(text: str) -> bool:
    """Whether ``text`` could be a record's slug."""
    try:
        _SLUG.validate_python(text)
    except ValidationError:
        return False
    return True


def _record(session: Any, type_name: str, slug: str) -> dict[str, Any]:
    found = get_record(session, TYPES[type_name], slug) if is_slug(slug) else None
    if found is None:
        raise ProblemError(404, f"No {type_name} record has the slug {slug!r}.")
    data: dict[str, Any] = found.model_dump(mode="json")
    return data


def _page(name: str, values: dict[str, Any]) -> HTMLResponse:
    return HTMLResponse(templates.get_template(name).render(**values))


async def browse(
    session: SessionDep,
    database: DatabaseDep,
    q: str = Query(default="", max_length=MAX_QUERY_LENGTH),
) -> HTMLResponse:
    groups = []
    for name in BROWSE_TYPES:
        page = list_records(session, TYPES[name], limit=100, offset=0)
        groups.append(
            {
                "name": name,
                "label": LABELS[name][1],
                "topics": [
                    {"name": item.name, "summary": item.summary, "page": page_url(name, item.slug)}
                    for item in page.items
                ],
            }
        )
    results: list[dict[str, Any]] = []
    did_you_mean = None
    if q.strip():
        parsed = parse(q, database.search_index)
        did_you_mean = parsed.did_you_mean
        found = search(database.search_index, parsed, limit=20, offset=0)
        results = [
            {
                "name": hit.name,
                "kind": LABELS[hit.type][0],
                "page": page_url(hit.type, hit.slug),
                "snippet": Markup(hit.snippet),
            }
            for hit in found.hits
        ]
    return _page(
        "browse.html",
        {"groups": groups, "query": q, "results": results, "did_you_mean": did_you_mean},
    )


def _page_route(type_name: str, template: str) -> Callable[..., Awaitable[HTMLResponse]]:
    """The route rendering ``template`` for one record of ``type_name``. Embeds and fragments
    open links in a new window; fragments keep links relative (the answer is the same
    whatever the host), and the web component makes them absolute to this service."""

    async def page(slug: str, session: SessionDep, request: Request) -> HTMLResponse:
        values = context(
            type_name, _record(session, type_name, slug), base_url=str(request.base_url)
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

    async def any_fragment(slug: str, session: SessionDep, request: Request) -> HTMLResponse:
        """A record of whichever type has the slug (conditions first), for
        ``<pregnancy-loss-topic slug="…">`` without a ``type``."""
        for type_name in TYPES:
            found = get_record(session, TYPES[type_name], slug) if is_slug(slug) else None
            if found is not None:
                values = context(
                    type_name, found.model_dump(mode="json"), base_url=str(request.base_url)
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
