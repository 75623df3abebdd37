"""The development seeds, read in place: furniture gone, article sentences kept, dates found."""
import re
from pathlib import Path

import pytest

from claimgraph.clean import clean_document
from claimgraph.model import RawDocument

SEEDS = Path(__file__).parents[2].parent / "shared/corpus/seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seed corpus not present")


def cleaned(prefix: str):
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return clean_document(RawDocument(source=str(path), text=path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("prefix, absent", [
    ("003", ["Mahsa Amini", "Amir-Abdollahian", "Ahmadinejad", "Iran Focus"]),
    ("002", ["email alerts"]),
])
def test_furniture_is_gone(prefix, absent):
    text = cleaned(prefix).text
    assert [s for s in absent if s in text] == []


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_article_sentence_survives(prefix):
    """Every sentence of every article paragraph (a long line ending a sentence) is kept.

    A sentence is checked by its last 60 characters: a standfirst may carry a glued section
    name before its first word ("SectionText of the summary") and survive as the body's copy.
    """
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    text = re.sub(r"\s+", " ", cleaned(prefix).text)
    for line in path.read_text(encoding="utf-8").split("\n"):
        line = re.sub(r"\s+", " ", line).strip()
        if len(line.split()) >= 40 and line.endswith((".", "”", '"')) and not line.endswith("..."):
            for sentence in re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", line):
                assert sentence[-60:] in text


def test_signed_statement_date_beats_the_page_header():
    result = cleaned("001")
    assert (result.published, result.published_origin) == ("2013-07-27", "signature")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seeds_are_english(prefix):
    assert not any(w.startswith("not English") for w in cleaned(prefix).warnings)
