"""A code look-up's answer as an HL7 Infobutton Atom feed (RFC 4287), the form MedlinePlus
Connect answers in by default: a ``feed`` naming the search criteria as categories, and an
``entry`` per record found, with its title, its page (and its JSON), a summary, the licence
and the category of the record's code that matched.

Links are absolute, on the address the request reached the service by, as MedlinePlus
Connect's are: an EHR opens them as they are. The feed is in the answer's language
(``xml:lang``), its links lead to the pages and JSON in that language. Ids are ``urn:uuid`` names derived from the
record's address, the same on every server.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from xml.etree import ElementTree as ET

from app.codes import SYSTEM_NAMES
from app.i18n import msg, translate
from app.models.lookup import LookupResult
from app.record_type import api_path, home, page_path
from app.terms import LICENSE_NAME, SERVICE_NAME, attribution
from app.vocabulary import Language

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ID_NAMESPACE = uuid.UUID("6f1a7c52-3c1e-5b8e-9a0d-2f4b8c7e1d90")

RESULTS_FOR = msg("%(service)s results for %(asked)s")
LICENSED = msg("Content licensed under %(licence)s.")

ET.register_namespace("", ATOM)


def _element(parent: ET.Element, name: str, text: str | None = None, **attributes: str) -> None:
    child = ET.SubElement(parent, f"{{{ATOM}}}{name}", attributes)
    child.text = text


def _urn(name: str) -> str:
    return f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, name)}"


def _timestamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def atom_feed(
    result: LookupResult,
    *,
    base_url: str,
    oids: dict[str, str],
    criteria: Iterable[tuple[str, str]],
) -> bytes:
    """The feed: ``criteria`` are the Infobutton parameters to state as the feed's
    categories (scheme, term), as MedlinePlus Connect states them; ``oids`` the OID of each
    code system by its short name."""
    base = base_url.rstrip("/")
    language = Language(result.language)
    asked = ", ".join(f"{code.system_name} {code.code}" for code in result.asked)
    feed = ET.Element(f"{{{ATOM}}}feed", {XML_LANG: language.value})
    _element(feed, "title", SERVICE_NAME, type="text")
    subtitle = translate(language, RESULTS_FOR, service=SERVICE_NAME, asked=asked)
    _element(feed, "subtitle", subtitle, type="text")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _element(author, "name", SERVICE_NAME)
    _element(author, "uri", f"{base}{home(language)}")
    records = [item.root.condition or item.root.cause for item in result.items]
    newest = max(record.last_reviewed for record in records if record is not None)
    _element(feed, "updated", _timestamp(newest))
    _element(feed, "id", _urn(f"lookup:{asked}"))
    _element(feed, "rights", translate(language, LICENSED, licence=LICENSE_NAME), type="text")
    for scheme, term in criteria:
        _element(feed, "category", scheme=scheme, term=term)
    for item in result.items:
        match = item.root
        record = match.condition or match.cause
        if record is None:
            continue
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry", {XML_LANG: language.value})
        _element(entry, "title", record.name, type="text")
        page = f"{base}{page_path(match.type, record.slug, language)}"
        in_json = api_path(match.type, record.slug, language)
        _element(entry, "link", href=page, rel="alternate", type="text/html", title=record.name)
        _element(
            entry,
            "link",
            href=f"{base}{in_json}",
            rel="related",
            type="application/json",
        )
        _element(entry, "id", _urn(in_json))
        _element(entry, "updated", _timestamp(record.last_reviewed))
        _element(entry, "summary", record.summary, type="text")
        _element(entry, "rights", attribution(record.name, page, language), type="text")
        code = match.matched_code
        system = code.system.value
        _element(
            entry, "category", scheme="mainSearchCriteria.v.c", term=code.code, label=code.display
        )
        _element(
            entry, "category", scheme="mainSearchCriteria.v.cs", term=oids[system],
            label=SYSTEM_NAMES[system],
        )  # fmt: skip
        _element(entry, "category", scheme="match", term=match.match.value)
    document: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return document
