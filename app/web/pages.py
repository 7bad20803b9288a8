"""Routes of the pages for people, in every language: browse and search, record pages, embeds
and fragments, in English at the root and in Spanish under ``/es`` (``app.web.languages``).

A slug names a page only if it is a slug at all (``vocabulary.is_slug``, as for files); any other
address under a type is a page that does not exist, so people get a 404 page where the API
answers a malformed slug with a 422.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Annotated, Any
from urllib.parse import urlencode
from weakref import WeakKeyDictionary

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from markupsafe import Markup

from app.db import Database, DatabaseDep, SessionDep
from app.i18n import long_date, msg, translate
from app.problem_details import ProblemError
from app.queries.records import list_records
from app.record_type import home, language_prefix, page_path
from app.registry import CITED_BY_TITLE, TYPES
from app.search.engine import search
from app.search.query import MAX_QUERY_LENGTH, parse
from app.terms import DISCLAIMER
from app.vocabulary import Language, is_slug
from app.web.error_pages import install_error_pages
from app.web.facts import facts, link_numbers, review_text
from app.web.jsonld import kind_names, public_base_url, script_json, web_page
from app.web.languages import TEMPLATE_DIR, alternates, environment, in_language, switches
from app.web.markdown import render

SITE_NAME = msg("Pregnancy Loss Information")
LangQuery = Annotated[Language | None, Query(alias="lang")]
"""A page's ``lang``: the page in that language (``_moved``)."""

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


def _templates(language: Language) -> Any:
    say = partial(translate, language)
    return environment(
        language,
        site_name=say(SITE_NAME),
        disclaimer=say(DISCLAIMER),
        record_types=[{"name": name, "label": say(TYPES[name].plural)} for name in BROWSE_TYPES],
    )


TEMPLATES = {language: _templates(language) for language in Language}
"""The templates in each language (``app/web/templates``)."""


def _linked_sections(
    record: dict[str, Any], language: Language
) -> list[tuple[str, list[dict[str, str]]]]:
    sections = []
    for field, title, type_name in LINKED_SECTIONS:
        items = record.get(field) or []
        if items:
            sections.append(
                (
                    translate(language, title),
                    [
                        {
                            "name": item["name"],
                            "summary": item["summary"],
                            "page": page_path(
                                item.get("type") or str(type_name), item["slug"], language
                            ),
                        }
                        for item in items
                    ],
                )
            )
    return sections


def context(
    type_name: str,
    record: dict[str, Any],
    *,
    base_url: str,
    language: Language = Language.en,
    link_target: str | None = None,
) -> dict[str, Any]:
    """What a record's page, embed or fragment shows, in ``language``; ``link_target`` is where
    its links open (an embed's and a fragment's in a new window, so the frame keeps its page)."""
    record_type = TYPES[type_name]
    say = partial(translate, language)
    reviewed = dt.date.fromisoformat(str(record["last_reviewed"]))
    references = [
        {
            "citation": reference["citation"],
            "link": reference.get("source_url")
            or (f"https://doi.org/{reference['doi']}" if reference.get("doi") else None),
        }
        for reference in record.get("references", []) or []
    ]
    shown = partial(facts, record_type, record, target=link_target, language=language)
    # Other names help search find a page; on the page itself, only the kind ones are shown.
    return {
        "record": record,
        "also_called": kind_names(record),
        "type_name": type_name,
        "type_label": say(record_type.singular),
        "type_plural": say(record_type.plural),
        # Where the type's list is on the browse page, if it is listed there.
        "type_list": f"{home(language)}#{type_name}" if type_name in BROWSE_TYPES else None,
        "facts": shown(),
        "professional_facts": shown(professional=True),
        "details_html": link_numbers(Markup(render(record.get("details"))), link_target),
        "review_text": review_text(record, language),
        "linked": _linked_sections(record, language),
        "references": references,
        "reviewed_text": long_date(reviewed, language),
        "jsonld": Markup(script_json(web_page(record_type, record, base_url, language))),
        "fallback": set(record.get("fallback_fields") or []),
        "id_suffix": record["slug"],
        "link_base": "",
        "link_target": link_target,
        "record_page": page_path(type_name, record["slug"], language),
    }


def _record(
    session: Any, database: Database, type_name: str, slug: str, language: Language
) -> dict[str, Any]:
    record_type = TYPES[type_name]
    found = database.records.get(session, record_type, slug, language) if is_slug(slug) else None
    if found is None:
        raise ProblemError(404, f"No {type_name} record has the slug {slug!r}.")
    data: dict[str, Any] = found.model_dump(mode="json")
    return data


def _page(
    language: Language, name: str, values: dict[str, Any], request: Request | None = None
) -> HTMLResponse:
    """The page ``name`` in ``language``; with ``request``, a page that exists in every
    language, linking to them (``hreflang`` alternates, the language switch)."""
    if request is not None:
        path = request.url.path
        query = {k: v for k, v in request.query_params.items() if k != "lang"}
        values = {
            **values,
            "alternates": alternates(path, public_base_url(request)),
            "switches": switches(path, query),
        }
    html = TEMPLATES[language].get_template(name).render(**values)
    return HTMLResponse(html, headers={"Content-Language": language.value})


def _moved(request: Request, lang: Language | None, language: Language) -> Response | None:
    """For ``lang`` naming another language than the page's: a permanent redirect to the same
    page in it, its other query parameters kept."""
    if lang is None or lang is language:
        return None
    kept = [(name, value) for name, value in request.query_params.multi_items() if name != "lang"]
    target = in_language(request.url.path, lang) + (f"?{urlencode(kept)}" if kept else "")
    return RedirectResponse(target, status_code=301)


def _found(
    database: Database, q: str, language: Language
) -> tuple[list[dict[str, Any]], str | None]:
    """Search results for the browse page in ``language``, from that language's index, and the
    corrected query."""
    index = database.search_index_for(language)
    parsed = parse(q, index)
    found = search(index, parsed, limit=20, offset=0)
    results = [
        {
            "name": hit.name,
            "kind": translate(language, TYPES[hit.type].singular),
            "page": page_path(hit.type, hit.slug, language),
            "snippet": Markup(hit.snippet),
        }
        for hit in found.hits
    ]
    return results, parsed.did_you_mean


# The browse page's topic lists in each language, rendered once per dataset (and dropped with
# it).
_TOPICS: WeakKeyDictionary[Database, dict[Language, Markup]] = WeakKeyDictionary()


def _topics(session: Any, database: Database, language: Language) -> Markup:
    known = _TOPICS.setdefault(database, {})
    if language not in known:
        say = partial(translate, language)
        groups = []
        for name in BROWSE_TYPES:
            page = list_records(session, TYPES[name], limit=100, offset=0, language=language)
            groups.append(
                {
                    "name": name,
                    "label": say(TYPES[name].plural),
                    "topics": [
                        {
                            "name": item.name,
                            "summary": item.summary,
                            "page": page_path(name, item.slug, language),
                        }
                        for item in page.items
                    ],
                }
            )
        html = TEMPLATES[language].get_template("topics.html").render(groups=groups)
        known[language] = Markup(html)
    return known[language]


def _browse(language: Language) -> Callable[..., Response]:
    """The browse page in ``language``: every topic, and search."""

    def browse(
        request: Request,
        session: SessionDep,
        database: DatabaseDep,
        q: str = Query(default="", max_length=MAX_QUERY_LENGTH),
        lang: LangQuery = None,
    ) -> Response:
        if (moved := _moved(request, lang, language)) is not None:
            return moved
        rendered = _topics(session, database, language)
        results: list[dict[str, Any]] = []
        did_you_mean = None
        if q.strip():
            results, did_you_mean = _found(database, q, language)
        values = {"topics": rendered, "query": q, "results": results, "did_you_mean": did_you_mean}
        return _page(language, "browse.html", values, request)

    return browse


def _page_route(type_name: str, template: str, language: Language) -> Callable[..., Response]:
    """The route rendering ``template`` for one record of ``type_name`` in ``language``. Embeds
    and fragments open links in a new window; fragments keep links relative (the answer is the
    same whatever the host), and the web component makes them absolute to this service."""

    def page(
        slug: str,
        session: SessionDep,
        database: DatabaseDep,
        request: Request,
        lang: LangQuery = None,
    ) -> Response:
        if (moved := _moved(request, lang, language)) is not None:
            return moved
        values = context(
            type_name,
            _record(session, database, type_name, slug, language),
            base_url=public_base_url(request),
            language=language,
            link_target=None if template == "record.html" else "_blank",
        )
        whole = template != "fragment.html"
        return _page(language, template, values, request if whole else None)

    return page


def _any_fragment(language: Language) -> Callable[..., Response]:
    """A record of whichever type has the slug (conditions first), for
    ``<pregnancy-loss-topic slug="…">`` without a ``type``."""

    def any_fragment(
        slug: str,
        session: SessionDep,
        database: DatabaseDep,
        request: Request,
        lang: LangQuery = None,
    ) -> Response:
        if (moved := _moved(request, lang, language)) is not None:
            return moved
        for type_name, record_type in TYPES.items() if is_slug(slug) else ():
            found = database.records.get(session, record_type, slug, language)
            if found is not None:
                values = context(
                    type_name,
                    found.model_dump(mode="json"),
                    base_url=public_base_url(request),
                    language=language,
                    link_target="_blank",
                )
                return _page(language, "fragment.html", values)
        raise ProblemError(404, f"No record has the slug {slug!r}.")

    return any_fragment


@dataclasses.dataclass
class _Routes:
    """The names of the routes of the pages and of the embeds, for the error pages."""

    pages: set[str] = dataclasses.field(default_factory=set)
    embeds: set[str] = dataclasses.field(default_factory=set)


def _add_language(router: APIRouter, language: Language, routes: _Routes) -> None:
    """Every page in ``language``, under its prefix."""
    prefix = language_prefix(language)
    suffix = "" if language is Language.en else f"-{language.value}"
    router.add_api_route(f"{prefix}/", _browse(language), methods=["GET"], name=f"browse{suffix}")
    routes.pages.add(f"browse{suffix}")
    for type_name in TYPES:
        for kind, template, name in (
            ("", "record.html", "page"),
            ("/embed", "embed.html", "embed"),
            ("/fragments", "fragment.html", "fragment"),
        ):
            route = f"{name}-{type_name}{suffix}"
            router.add_api_route(
                f"{prefix}{kind}/{type_name}/{{slug}}",
                _page_route(type_name, template, language),
                methods=["GET"],
                name=route,
            )
            if name == "page":
                routes.pages.add(route)
            elif name == "embed":
                routes.embeds.add(route)
    router.add_api_route(
        f"{prefix}/fragments/{{slug}}",
        _any_fragment(language),
        methods=["GET"],
        name=f"fragment-any{suffix}",
    )


def install_pages(app: FastAPI) -> None:
    """The pages' routes in every language and their assets, and HTML error pages for them.
    Call it after the problem handlers are installed: its error pages are another
    representation of their problems."""
    router = APIRouter(include_in_schema=False)
    routes = _Routes()
    for language in Language:
        _add_language(router, language, routes)
    app.include_router(router)
    app.mount(
        "/static/app", StaticFiles(directory=TEMPLATE_DIR.parent / "static"), name="app-assets"
    )
    install_error_pages(
        app, TEMPLATES, pages=frozenset(routes.pages), embeds=frozenset(routes.embeds)
    )
