"""Text normalisation: one Unicode form, one line ending, no control characters, single spaces.

Quotes, apostrophes and dashes are left as written: surfaces and offsets must reflect the
article's own spelling. Paragraph breaks survive as one blank line.
"""
from __future__ import annotations

import re
import unicodedata

# Control characters (C0/C1) except newline and tab, the invisible ones scraping leaves
# (zero-width space, word joiner, BOM, soft hyphen), and the bidirectional controls (marks,
# embeddings, overrides, isolates), which can make a name display as another ("spoofing") and
# split one name into two entities; the text's own letters set its direction.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u200b\u200e\u200f"
                        r"\u202a-\u202e\u2060-\u2069\ufeff]")
# ZWNJ/ZWJ stay where Persian, Arabic, Indic scripts and emoji spell with them; beside a Latin
# letter, digit or space they only hide a difference between two spellings.
_LATIN_JOINERS = re.compile(r"(?<=[\x00-\u024f])[\u200c\u200d]+|[\u200c\u200d]+(?=[\x00-\u024f])"
                            r"|^[\u200c\u200d]+|[\u200c\u200d]+$", re.MULTILINE)
# Every horizontal space, including no-break and the typographic widths, becomes one plain space.
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """NFC, `\\n` line endings, no control characters, single spaces, at most one blank line."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _LATIN_JOINERS.sub("", _INVISIBLE.sub("", text))
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def normalise_field(value: object) -> str | None:
    """A metadata field (title, author, outlet, URL) as one normalised line; None when nothing is left.
    A NUL or a bidi override in a title is as hostile as in the text, and PostgreSQL refuses NULs."""
    text = normalise_text(str(value)).replace("\n", " ") if value is not None else ""
    return text or None
