"""Text normalisation keeps what is written and tidies only whitespace and invisible characters."""
import pytest

from claimgraph.clean.text import normalise_text


@pytest.mark.parametrize("raw, expected", [
    ("a\r\nb\rc", "a\nb\nc"),
    ("two  spaces\tand\u00a0nbsp", "two spaces and nbsp"),
    ("para one\n\n\n\npara two", "para one\n\npara two"),
    ("  indented line  \n", "indented line"),
    ("zero\u200bwidth\x07 bell\ufeff", "zerowidth bell"),
    ("Cafe\u0301", "Café"),                                   # NFC
    ("“curly” ‘quotes’ – dash", "“curly” ‘quotes’ – dash"),    # left as written
    ("\u0645\u06cc\u200c\u0631\u0648\u062f", "\u0645\u06cc\u200c\u0631\u0648\u062f"),  # ZWNJ kept
])
def test_normalise_text(raw, expected):
    assert normalise_text(raw) == expected
