"""HTML to text: trafilatura's main-text extraction and page metadata, lxml's text as a fallback.

libxml2, under both, stops reading a page nested deeper than 255 elements and silently drops the
rest; so a page nested deeper than MAX_DEPTH is first rewritten (flatten_deep) with the elements
below that depth reduced to their text and paragraph breaks.

The result is the same RawDocument with `text` filled, one paragraph a line, and title, author,
publication date and site name taken from the page where the caller gave none. Metadata the
caller gave (a feed's date, a JSONL field) always wins over what the page says.
"""
from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

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
# Nesting kept as written. Real article pages measured here nest 10-40 elements deep; libxml2's
# limit is 255, and trafilatura walks some trees recursively, so the cut stays well below both.
MAX_DEPTH = 100
# Elements that never deepen the nesting: those without an end tag, and those whose end tag HTML
# leaves implicit (a page of 300 unclosed <p> is 300 paragraphs, not 300 levels, to libxml2 too).
_FLAT = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                   "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option"))
_TAG = re.compile(r"<(/?)([a-zA-Z][^\s/>]*)[^>]*?(/?)>")


def extract_html(raw: RawDocument) -> RawDocument:
    """`raw` with its HTML turned into text and the page's metadata filled in where missing."""
    html = flatten_deep(raw.html or "")
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


def flatten_deep(html: str, max_depth: int = MAX_DEPTH) -> str:
    """`html` itself when it nests at most max_depth elements deep; else the page with every element
    below that depth replaced by its text (a block element by a line break), scripts and styles
    there dropped."""
    if nesting_depth(html) <= max_depth:
        return html
    flattener = _Flattener(max_depth)
    flattener.feed(html)
    flattener.close()
    return "".join(flattener.out)


def nesting_depth(html: str) -> int:
    """The deepest nesting of start tags not yet closed: a quick upper bound, ignoring which end
    tags HTML leaves implicit."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.groups()
        if closing and name.lower() not in _FLAT:
            depth = max(0, depth - 1)
        elif not self_closing and name.lower() not in _FLAT:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


class _Flattener(HTMLParser):
    """Writes the page back as read down to max_depth; below it, text only."""

    def __init__(self, max_depth: int):
        super().__init__(convert_charrefs=False)
        self.max_depth, self.depth, self.hidden, self.out = max_depth, 0, 0, []

    def handle_starttag(self, tag, attrs):
        if tag in _FLAT:
            self._flat(tag, self.get_starttag_text())
            return
        self.depth += 1
        self._tag(tag, self.get_starttag_text(), opening=True)

    def handle_endtag(self, tag):
        if tag in _FLAT:
            self._flat(tag, f"</{tag}>")
            return
        self._tag(tag, f"</{tag}>", opening=False)
        self.depth = max(0, self.depth - 1)

    def handle_startendtag(self, tag, attrs):
        self._flat(tag, self.get_starttag_text())

    def _flat(self, tag: str, written: str) -> None:
        """A tag that opens no level: written as it is above the cut, a line break (or nothing) below."""
        if self.depth < self.max_depth:
            self.out.append(written)
        elif tag in _BLOCKS:
            self._break()

    def _tag(self, tag: str, written: str, opening: bool) -> None:
        if self.depth <= self.max_depth:
            self.out.append(written)
        elif tag in _NOT_TEXT:
            self.hidden = max(0, self.hidden + (1 if opening else -1))
        elif tag in _BLOCKS:
            self._break()

    def _break(self) -> None:
        """One line break for a run of block boundaries: a page's depth must not become 200,000 of them."""
        if not self.hidden and self.out[-1:] != ["<br>"]:
            self.out.append("<br>")

    def handle_data(self, data):
        if not self.hidden:
            self.out.append(data)

    def handle_entityref(self, name):
        self.handle_data(f"&{name};")

    def handle_charref(self, name):
        self.handle_data(f"&#{name};")

    def handle_comment(self, data):
        if self.depth <= self.max_depth:
            self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")


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
