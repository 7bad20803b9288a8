"""Content negotiation that honours quality values (RFC 9110 §12.4.2, §12.5.1, §12.5.3).

Only two choices are ever made: JSON-LD or JSON for a record, and gzip or no encoding. Both
are called on every request, so the common case (the header does not name the alternative at
all) is decided without parsing.
"""

from __future__ import annotations

JSONLD = "application/ld+json"
ATOM_TYPES = ("text/xml", "application/atom+xml")
"""The Infobutton ``knowledgeResponseType`` values answered with an Atom feed, whose links
are absolute."""


def media_weights(header: str) -> dict[str, float]:
    """Each element of an Accept-style header (lower-cased) and its quality value:
    ``{"application/json": 0.9, "*/*": 0.1}``. An unreadable quality counts as zero."""
    weights: dict[str, float] = {}
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
