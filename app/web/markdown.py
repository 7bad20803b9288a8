"""Markdown to safe HTML: rendered by markdown-it-py (raw HTML off), then sanitised by nh3."""

from __future__ import annotations

import nh3
from markdown_it import MarkdownIt

_renderer = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})

ALLOWED_TAGS = {
    "p", "ul", "ol", "li", "strong", "em", "a", "code", "blockquote", "h3", "h4", "br", "hr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}


def render(markdown: str | None, *, heading_offset: int = 2) -> str:
    """HTML for ``markdown``; its headings start below the page's own (``#`` becomes ``h3``)."""
    if not markdown:
        return ""
    html = _renderer.render(markdown)
    for level in range(6, 0, -1):
        shifted = min(level + heading_offset, 6)
        html = html.replace(f"<h{level}>", f"<h{shifted}>").replace(
            f"</h{level}>", f"</h{shifted}>"
        )
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS | {"h5", "h6"},
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"https", "http", "mailto", "tel"},
        link_rel="noopener noreferrer",
    )
