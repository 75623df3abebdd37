"""Tables at a terminal's width: the compact layout keeps ids, dates and file names whole on one
line each, and cuts a URL too long for any line in its middle rather than splitting it."""
from __future__ import annotations

import io

import pytest
from rich.console import Console

from claimgraph.cli import render

URL = "https://news.example.org/world/2019/03/12/" + "a-long-headline-slug-" * 4 + "story.html"
OTHER = "https://wire.example.net/a/short/path.html"


@pytest.fixture()
def shown(monkeypatch):
    """What render prints, as lines, on a console 80 columns wide."""
    out = io.StringIO()
    monkeypatch.setattr(render, "console", Console(file=out, width=80, highlight=False))
    return lambda: out.getvalue().splitlines()


@pytest.mark.parametrize("text, width, cut", [
    ("short.txt", 20, "short.txt"),
    ("0123456789", 10, "0123456789"),
    ("0123456789", 7, "012…789"),
    ("0123456789", 8, "012…6789"),
])
def test_cut_keeps_the_start_and_the_end(text, width, cut):
    assert render._cut(text, width) == cut and len(render._cut(text, width)) <= width


def test_a_url_longer_than_a_line_keeps_its_site_and_its_end(shown):
    render.table("Documents", ["id", "file", "published", "title"],
                 [["0123456789abcdef", URL, "2019-03-12", "A title"]], keep=("id", "file", "published"))
    lines = shown()
    assert all(len(line) <= 80 for line in lines)
    assert "0123456789abcdef  2019-03-12" in lines[2]                    # id and date together, whole
    file_line = next(line for line in lines if "file: " in line)
    assert "https://news.example.org/" in file_line and file_line.endswith("story.html") and "…" in file_line


def test_a_list_of_urls_wraps_between_them_never_inside_one(shown):
    render.table("Events", ["id", "date", "type", "sources"],
                 [["0123456789abcdef", "12 Mar 2019", "ASSAULT", f"{OTHER}, {URL}"]],
                 keep=("id", "date"), wrap=("sources",))
    lines = shown()
    assert all(len(line) <= 80 for line in lines)
    assert any(line.strip() == f"sources: {OTHER}," for line in lines)   # the short one whole
    assert any(line.strip().startswith("https://news.example.org/") and line.endswith("story.html")
               for line in lines)


def test_unknown_is_a_dash_and_is_left_out_of_the_labelled_lines(shown):
    render.table("Events", ["id", "date", "type", "place", "sources"],
                 [["0123456789abcdef", None, "ASSAULT", None, URL]], keep=("id", "date"), wrap=("sources",))
    lines = shown()
    assert lines[2].strip() == "0123456789abcdef  -" and not any("place:" in line for line in lines)


def test_the_compact_layout_keeps_the_caption(shown):
    render.table("Events", ["id", "sources"], [["0123456789abcdef", URL]], keep=("id",), wrap=("sources",),
                 caption="1 found of 1")
    assert shown()[-1] == "1 found of 1"
