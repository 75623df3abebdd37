"""HTML to text: trafilatura's main-text extraction and page metadata, lxml's text as a fallback.

The result is the same RawDocument with `text` filled, one paragraph a line, and title, author,
publication date and site name taken from the page where the caller gave none. Metadata the
caller gave (a feed's date, a JSONL field) always wins over what the page says.
"""
from __future__ import annotations

from dataclasses import replace

import lxml.etree
import lxml.html
import trafilatura

from claimgraph.errors import EmptyInput
from claimgraph.model import RawDocument

# Elements that never hold article text.
_NOT_TEXT = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
             "iframe", "svg", "button", "select")
# Elements whose end is a paragraph break.
_BLOCKS = ("p", "div", "section", "article", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br",
           "tr", "blockquote", "pre", "dd", "dt", "figcaption", "title")


def extract_html(raw: RawDocument) -> RawDocument:
    """`raw` with its HTML turned into text and the page's metadata filled in where missing."""
    html = raw.html or ""
    try:
        found = trafilatura.bare_extraction(
            html, url=raw.url, with_metadata=True, include_comments=False, include_tables=True,
            # Only dates the page states as its own (meta tags, time elements), no guessing
            # from the text or URL: a wrong date here would outrank the article's dateline.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, lxml.etree.LxmlError):
        found = None
    text = found.text if found is not None and found.text and found.text.strip() else _lxml_text(html)
    if not text.strip():
        raise EmptyInput("the HTML holds no readable text (nothing left after removing scripts, "
                         "styles and navigation)")
    return replace(
        raw, text=text, html=None,
        title=raw.title or _field(found, "title"),
        author=raw.author or _field(found, "author"),
        published=raw.published or _field(found, "date"),
        outlet=raw.outlet or _field(found, "sitename"),
        url=raw.url or _field(found, "url"),
    )


def _field(found, name: str) -> str | None:
    value = getattr(found, name, None)
    return (value.strip() or None) if isinstance(value, str) else None


def _lxml_text(html: str) -> str:
    """The visible text of any HTML lxml can read, a line per block element; '' if none."""
    if not html.strip():
        return ""
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.LxmlError, ValueError):
        return ""
    for element in list(root.iter(*_NOT_TEXT)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    return "\n".join(line.strip() for line in root.text_content().split("\n") if line.strip())
