"""A page nested deeper than libxml2 reads (255 levels) keeps its text: below MAX_DEPTH the
elements are flattened to text and line breaks before trafilatura sees the page. Before: 20,000
levels were skipped as "no readable text", 200,000 stored only the heading above the nesting."""
from __future__ import annotations

import pytest

from claimgraph.clean import clean_document
from claimgraph.clean.html import MAX_DEPTH, flatten_deep, nesting_depth
from claimgraph.model import RawDocument

STORY = ("<p>Militia fighters seized the bridge over the river on Friday, the provincial governor said.</p>"
         "<p>Two civilians were wounded in the fighting.</p>")


def nested(levels: int, inner: str = STORY) -> str:
    return (f"<html><head><title>Bridge seized</title></head><body><h1>Deep</h1>"
            f"{'<div>' * levels}{inner}{'</div>' * levels}</body></html>")


@pytest.mark.parametrize("levels", [10, 300, 20_000])
def test_deep_pages_keep_their_text(levels):
    text = clean_document(RawDocument(source="deep.html", html=nested(levels))).text
    assert "seized the bridge over the river on Friday" in text
    assert "Two civilians were wounded" in text


def test_scripts_below_the_cut_stay_hidden():
    inner = STORY + "<script>var leaked = 'script text';</script><style>p { color: red }</style>"
    flat = flatten_deep(nested(MAX_DEPTH * 3, inner))
    assert "leaked" not in flat and "color" not in flat and "Two civilians" in flat


@pytest.mark.parametrize("html", [
    nested(20),
    "<html><body><p>One<br/>two &amp; three<img src='x.png'><!-- note --></p></body></html>",
    "<html><body><ul>" + "<li>an item, its end tag implicit" * 300 + "</ul></body></html>",
])
def test_pages_of_ordinary_depth_are_left_as_written(html):
    assert flatten_deep(html) == html


@pytest.mark.parametrize("html, depth", [
    ("<div><p>a</p><p>b<br>c</p></div>", 1),
    ("<div/><img src=x><hr>", 0),
    ("</div></div><div>", 1),
    ("<ul>" + "<li>an item, its end tag implicit" * 300 + "</ul>", 1),
    ("<section>" + "<p>a paragraph, its end tag implicit" * 300 + "</section>", 1),
    (nested(500), 502),                 # html, body, 500 divs
])
def test_nesting_depth(html, depth):
    assert nesting_depth(html) == depth
