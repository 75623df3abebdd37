"""The whole clean stage on plain text: empty input, furniture-only pages, warnings."""
import pytest

from claimgraph.clean import clean_document
from claimgraph.errors import EmptyInput
from claimgraph.model import RawDocument
from tests.clean import pages


@pytest.mark.parametrize("text, reason", [
    ("", "holds no text"),
    ("  \n\n \t ", "holds no text"),
    ("Home\nWorld\nPolitics\n|\n- RSS\n- Facebook\n", "no article text left"),
])
def test_nothing_left_is_empty_input(text, reason):
    with pytest.raises(EmptyInput, match=reason):
        clean_document(RawDocument(source="x", text=text))


def test_french_is_cleaned_with_a_warning():
    cleaned = clean_document(RawDocument(source="x", text=pages.FRENCH))
    assert cleaned.text == pages.FRENCH
    assert cleaned.warnings == ("not English (looks like French)",)


@pytest.mark.parametrize("published, expected", [
    ("2021-03-04T10:00:00+02:00", ("2021-03-04", "metadata")),
    ("Thu, 04 Mar 2021 10:00:00 GMT", ("2021-03-04", "metadata")),
    ("2021", ("2021", "metadata")),
    ("soon", ("2022-05-14", "signature")),      # unreadable metadata: the text's own date, and a warning
])
def test_metadata_date(published, expected):
    cleaned = clean_document(RawDocument(source="x", text=pages.PRESS_RELEASE, published=published))
    assert (cleaned.published, cleaned.published_origin) == expected
    assert bool(cleaned.warnings) == (published == "soon")
