"""HTML pages: main text, metadata, and pages that are broken or hold nothing."""
import pytest

from claimgraph.clean import clean_document
from claimgraph.clean.html import extract_html
from claimgraph.errors import EmptyInput
from claimgraph.model import RawDocument

PAGE = """<html><head><title>Rebels seize town - The Daily Example</title>
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2021-03-04T10:00:00Z">
<meta property="og:site_name" content="The Daily Example">
<script>var tracker = "do not keep me";</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/rss">RSS</a></nav>
<article><h1>Rebels seize town in the north</h1>
<p>Rebel fighters seized the town of Exampleville on Tuesday after two days of fighting with
government forces, residents said.</p>
<p>At least twelve civilians were killed in the shelling, according to a local hospital
official who asked not to be named.</p>
<p>The army said it would retake the town within days.</p></article>
<footer>Copyright 2021 The Daily Example. All rights reserved.</footer></body></html>"""


def test_page_text_and_metadata():
    cleaned = clean_document(RawDocument(source="page.html", html=PAGE))
    assert "Rebel fighters seized the town" in cleaned.text
    assert "twelve civilians were killed" in cleaned.text
    for junk in ("do not keep me", "color: red", "All rights reserved"):
        assert junk not in cleaned.text
    assert (cleaned.title, cleaned.author, cleaned.outlet) == (
        "Rebels seize town in the north", "Jane Doe", "The Daily Example")
    assert (cleaned.published, cleaned.published_origin) == ("2021-03-04", "metadata")
    assert "\n\n" in cleaned.text           # paragraphs separated by blank lines


def test_given_metadata_wins_over_the_page():
    raw = RawDocument(source="feed", html=PAGE, title="Feed title", published="2021-03-05")
    cleaned = clean_document(raw)
    assert (cleaned.title, cleaned.published) == ("Feed title", "2021-03-05")


@pytest.mark.parametrize("html, expected", [
    ("<html><body><div><p>Broken <b>markup <p>still readable", "Broken markup\nstill readable"),
    ("<p>Troops withdrew.<script>alert(1)</script></p>", "Troops withdrew."),
])
def test_broken_html_falls_back_to_its_text(html, expected):
    assert extract_html(RawDocument(source="x", html=html)).text == expected


@pytest.mark.parametrize("html", ["", "<script>var a = 1;</script>", "<html><body></body></html>"])
def test_html_without_text_is_empty_input(html):
    with pytest.raises(EmptyInput, match="no readable text"):
        clean_document(RawDocument(source="x", html=html))
