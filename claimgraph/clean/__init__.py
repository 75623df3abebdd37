"""The clean stage: a RawDocument's article text without site furniture, and its metadata.

`clean_document(raw)` runs, in order:
    1. html       HTML -> main text and page metadata (trafilatura; lxml when it finds nothing)
    2. normalise  Unicode NFC, one line ending, no control characters, single spaces
    3. furniture  blocks judged on shape, vocabulary, position and neighbours; furniture dropped
    4. byline     "By Jane Doe" -> author, taken out of the body
    5. title      the metadata's, else the headline block, which stays as its own paragraph
    6. date       metadata, else the article's dateline, byline or signature, else the URL's date;
                  a date without a year, or a page's crawl-date header, is never a publication date
    7. language   a warning when the text is not English (the document is still cleaned)
The cleaned text is the kept blocks joined by blank lines; every later offset refers to it.
"""
from __future__ import annotations

from claimgraph.clean.dates import find_date, find_publication_date
from claimgraph.clean.furniture import find_byline, find_title, furniture_reasons, split_blocks
from claimgraph.clean.html import extract_html
from claimgraph.clean.language import language_warning
from claimgraph.clean.text import normalise_text
from claimgraph.errors import EmptyInput
from claimgraph.model import CleanedText, RawDocument

__all__ = ["clean_document"]


def clean_document(raw: RawDocument) -> CleanedText:
    """The article in `raw`: cleaned text, title, author, printed publication date, what was dropped."""
    if raw.html is not None:
        raw = extract_html(raw)
    blocks = split_blocks(normalise_text(raw.text or ""))
    if not blocks:
        raise EmptyInput("the document holds no text")
    reasons = furniture_reasons(blocks)
    article_at = [i for i, reason in enumerate(reasons) if reason is None]
    author = byline = None
    found = find_byline([blocks[i] for i in article_at])
    if found:
        at, author = found
        byline = blocks[article_at[at]]
        reasons[article_at[at]] = "byline"
    kept = [block for block, reason in zip(blocks, reasons) if reason is None]
    removed = [block for block, reason in zip(blocks, reasons) if reason is not None]
    if not kept:
        raise EmptyInput("no article text left after removing page furniture "
                         f"({len(removed)} blocks of navigation, links and banners)")

    headline = find_title(kept)
    warnings = []
    published, origin = _metadata_date(raw.published, warnings)
    if published is None:
        published, origin = find_publication_date(kept, title=headline, byline=byline, url=raw.url) or (None, None)
    text = "\n\n".join(kept)
    language = language_warning(text)
    if language:
        warnings.append(language)
    return CleanedText(
        text=text, title=raw.title or headline, author=raw.author or author, outlet=raw.outlet,
        url=raw.url, published=published, published_origin=origin, removed=tuple(removed),
        warnings=tuple(warnings),
    )


def _metadata_date(value: str | None, warnings: list[str]) -> tuple[str | None, str | None]:
    """The metadata's date as YYYY-MM-DD (YYYY-MM, YYYY), or a warning when it cannot be read."""
    if not value:
        return None, None
    found = find_date(value)
    if found:
        return found[0], "metadata"
    stripped = value.strip()
    if stripped[:4].isdigit() and len(stripped) == 4:
        return stripped, "metadata"
    warnings.append(f"publication date in metadata not understood: {value!r}")
    return None, None
