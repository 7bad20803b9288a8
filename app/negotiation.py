"""Content negotiation that honours quality values (RFC 9110 §12.4.2, §12.5.1, §12.5.3,
§12.5.4).

Three choices are made: JSON-LD or JSON for a record, gzip or no encoding, and the language of
an answer. Each is called on every request, so the common case (the header does not name the
alternative at all) is decided without parsing.
"""

from __future__ import annotations

from app.vocabulary import Language

JSONLD = "application/ld+json"
ATOM_TYPES = ("text/xml", "application/atom+xml")
"""The Infobutton ``knowledgeResponseType`` values answered with an Atom feed, whose links
are absolute."""
_LANGUAGES = {language.value: language for language in Language}


def _elements(header: str) -> list[tuple[str, float]]:
    """Each element of an Accept-style header (lower-cased) and its quality value, in the
    order given. An unreadable quality counts as zero."""
    elements = []
    for element in header.lower().split(","):
        name, _, parameters = element.partition(";")
        name = name.strip()
        if not name:
            continue
        value = 1.0
        for parameter in parameters.split(";"):
            key, _, given = parameter.partition("=")
            if key.strip() == "q":
                try:
                    value = min(max(float(given.strip()), 0.0), 1.0)
                except ValueError:
                    value = 0.0
        elements.append((name, value))
    return elements


def media_weights(header: str) -> dict[str, float]:
    """Each element of an Accept-style header (lower-cased) and its quality value:
    ``{"application/json": 0.9, "*/*": 0.1}``. An unreadable quality counts as zero."""
    weights: dict[str, float] = {}
    for name, value in _elements(header):
        weights[name] = max(value, weights.get(name, 0.0))
    return weights


def quality(weights: dict[str, float], media_types: tuple[str, ...]) -> float:
    """How much the client wants any of ``media_types`` (of one major type): the best one it
    names, else the most specific wildcard that covers them."""
    named = [weights[media_type] for media_type in media_types if media_type in weights]
    if named:
        return max(named)
    major = media_types[0].split("/")[0]
    return weights.get(f"{major}/*", weights.get("*/*", 0.0))


def prefers_jsonld(accept: str) -> bool:
    """True when the client asks for JSON-LD and does not prefer plain JSON to it.

    JSON-LD must be named explicitly (a wildcard means JSON, the default), with a quality
    above zero and at least that of JSON; on a tie, naming JSON-LD is taken as the preference.
    """
    if "ld+json" not in accept.lower():
        return False
    weights = media_weights(accept)
    jsonld = weights.get(JSONLD, 0.0)
    return jsonld > 0.0 and jsonld >= quality(weights, ("application/json",))


def accepts_gzip(accept_encoding: str) -> bool:
    """True when gzip is acceptable: named (or ``*``) with a quality above zero."""
    lowered = accept_encoding.lower()
    if "gzip" not in lowered and "*" not in lowered:
        return False
    if ";" not in lowered:
        return "gzip" in lowered or "*" in lowered
    weights = media_weights(lowered)
    if "gzip" in weights:
        return weights["gzip"] > 0.0
    return weights.get("*", 0.0) > 0.0


def _supported(tag: str) -> Language | None:
    """The language a language range asks for, as RFC 4647 lookup finds it (§3.4): the range,
    then the range cut short subtag by subtag, so ``es-MX`` and ``es-419`` are ``es``."""
    return _LANGUAGES.get(tag.split("-", 1)[0])


def negotiate_language(accept_language: str) -> Language:
    """The language to answer in for an ``Accept-Language`` header: of the ranges with a
    quality above zero, the one with the highest (the first of equals) that names a language
    served; ``*`` stands for any language not refused with ``q=0``. English when the header is
    absent or names none served. Languages are served whole, so a refused region (``es-MX;q=0``)
    does not refuse its language."""
    if not accept_language.strip():
        return Language.en
    ranges = _elements(accept_language)
    refused = {_supported(tag) for tag, weight in ranges if weight == 0.0 and "-" not in tag}
    for tag, weight in sorted(ranges, key=lambda element: -element[1]):
        if weight == 0.0:
            break
        if tag == "*":
            return next((language for language in Language if language not in refused), Language.en)
        found = _supported(tag)
        if found is not None:
            return found
    return Language.en


# Codes that name Spanish beyond its BCP 47 tag: ISO 639-2 writes it `spa`, MedlinePlus
# Connect `sp`.
_SPANISH_CODES = frozenset({"es", "spa", "sp"})


def named_language(code: str) -> Language | None:
    """The language served that a language code names, in any case: Spanish for `es` (and
    `es-MX`, `es_US`, …), `spa` or `sp`; English for `en` (and `en-US`, …) or `eng`; None for
    any other."""
    primary = code.strip().lower().replace("_", "-").split("-", 1)[0]
    if primary in _SPANISH_CODES:
        return Language.es
    return Language.en if primary in ("en", "eng") else None
