"""Folder walks follow a symbolic link only to a file inside the folders given, and list every
link they do not follow with the reason (it dangles, loops, leaves the tree, or names a folder
read where it is). Before: `ln -s /etc/passwd dir/passwd.txt` put the file in the store, and
looping or dangling links vanished without a word."""
from __future__ import annotations

import os

import pytest

from claimgraph.ingest import read_sources
from claimgraph.model import RawDocument, Skipped

TEXT = "Security forces dispersed a protest in the port city on Friday, witnesses said."


@pytest.fixture
def tree(tmp_path):
    root, outside = tmp_path / "root", tmp_path / "outside"
    (root / "sub").mkdir(parents=True)
    outside.mkdir()
    (root / "sub" / "inside.txt").write_text(TEXT)
    (outside / "secret.txt").write_text("root:x:0:0:root:/root:/bin/bash")
    links = {
        "to-inside.txt": "sub/inside.txt",
        "to-outside.txt": str(outside / "secret.txt"),
        "to-outside-folder": str(outside),
        "to-own-folder": "sub",
        "to-parent": "..",
        "dangling.txt": "missing.txt",
        "loop-a.txt": "loop-b.txt",
        "loop-b.txt": "loop-a.txt",
        "ignored.png": "missing.png",
    }
    for name, target in links.items():
        os.symlink(target, root / name)
    return root, outside


def outcomes(items) -> dict[str, str]:
    return {os.path.basename(i.source): (i.reason if isinstance(i, Skipped) else "read") for i in items}


def test_links_are_followed_only_inside_the_roots(tree):
    root, _ = tree
    found = outcomes(read_sources([root], 1_000_000))
    assert found == {
        "inside.txt": "read",
        "to-inside.txt": "read",
        "to-outside.txt": found["to-outside.txt"],
        "to-outside-folder": found["to-outside-folder"],
        "to-own-folder": found["to-own-folder"],
        "to-parent": found["to-parent"],
        "dangling.txt": "symbolic link to missing.txt, which does not exist",
        "loop-a.txt": "symbolic link that loops back on itself",
        "loop-b.txt": "symbolic link that loops back on itself",
        "ignored.png": "symbolic link to missing.png, which does not exist",
    }
    for name in ("to-outside.txt", "to-outside-folder", "to-parent"):
        assert "outside the folders given: not followed" in found[name]
    assert "read where it is" in found["to-own-folder"]


def test_a_second_root_counts_as_inside(tree):
    root, outside = tree
    found = outcomes(read_sources([root, outside], 1_000_000))
    assert found["to-outside.txt"] == found["secret.txt"] == "read"


def test_a_link_named_on_the_command_line_is_read(tree):
    root, outside = tree
    [raw] = read_sources([root / "to-outside.txt"], 1_000_000)
    assert isinstance(raw, RawDocument)
    [skipped] = read_sources([root / "dangling.txt"], 1_000_000)
    assert "does not exist" in skipped.reason
