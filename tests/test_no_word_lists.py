"""No word list lives in code: words belong to the lexicon (claimgraph/ontology/lexicon/*.yaml).

Each module of extract/, resolve/, clean/ and nlp/ is walked with `ast`: a module-level
assignment of a set, list, tuple, frozenset or dict whose elements are mostly string literals is
a word list, unless its strings are all syntax (spaCy's dependency, part-of-speech and entity
labels, punctuation) or it is one of the named collections of identifiers below.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
from spacy.glossary import GLOSSARY

PACKAGE = Path(__file__).resolve().parents[1] / "claimgraph"
CHECKED = ("extract", "resolve", "clean", "nlp")
# Collections of claimgraph's own identifiers or of markup, not of English words.
IDENTIFIERS = {
    ("clean/html.py", "_NOT_TEXT"): "HTML element names",
    ("clean/html.py", "_BLOCKS"): "HTML element names",
    ("clean/html.py", "_FLAT"): "HTML element names",
    ("clean/furniture.py", "_SITE_CHROME"): "the furniture kinds this module reports",
    ("extract/modality.py", "STRENGTH"): "modality values of model.Report",
    ("extract/event_time.py", "DONE_MODALITIES"): "modality values of model.Report",
    ("resolve/events.py", "MODALITY_CLASS"): "modality values of model.Report",
    ("resolve/events.py", "SPEAKS_FOR"): "relation predicates of model.Relation",
    ("extract/relation_phrases.py", "KINDS_BEFORE_NAME"): "title kinds of extract.roles",
    ("extract/roles.py", "DESCRIBING_AFTER_ONLY"): "title kinds of extract.roles",
    ("extract/relations.py", "PREDICATE_BY_KIND"): "title kinds -> relation predicates of model.Relation",
    ("resolve/phonetics.py", "AMBIGUOUS"): "letters and digraphs of transliteration",
    ("resolve/phonetics.py", "NAME_MAKING_VOWELS"): "letters of transliteration",
    ("resolve/stories.py", "WEIGHTS"): "the story features' names -> their weights",
    ("resolve/stories.py", "TOLD_ALIKE"): "names of story features",
    ("resolve/stories.py", "SAME_FACTS"): "names of story features",
}
# Entity types of claimgraph beyond spaCy's: an unnamed group ("the police").
OWN_LABELS = {"GROUP"}


def _strings(node: ast.AST) -> tuple[list[str], int]:
    """The string literals among a collection's elements, and how many elements it has."""
    if isinstance(node, ast.Call) and node.args and isinstance(node.func, ast.Name) \
            and node.func.id in ("frozenset", "set", "tuple", "list", "dict"):
        return _strings(node.args[0])
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
            and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str):
        words = node.func.value.value.split()
        return words, len(words)
    if isinstance(node, ast.BinOp):
        left, right = _strings(node.left), _strings(node.right)
        return left[0] + right[0], left[1] + right[1]
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        elements = node.elts
    elif isinstance(node, ast.Dict):       # an entry is a string when its key is
        keys = [k for k in node.keys if k is not None]
        strings = [k.value for k in keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        return strings + [s for v in node.values for s in _strings(v)[0]
                          + ([v.value] if isinstance(v, ast.Constant) and isinstance(v.value, str) else [])], len(keys)
    else:
        return [], 0
    found: list[str] = []
    for element in elements:
        if isinstance(element, ast.Constant) and isinstance(element.value, str):
            found.append(element.value)
        elif isinstance(element, (ast.Set, ast.List, ast.Tuple, ast.Dict, ast.Call)):
            found += _strings(element)[0]
    return found, len(elements)


def _is_syntax(text: str) -> bool:
    return text in GLOSSARY or text in OWN_LABELS or not any(c.isalpha() for c in text)


def word_lists(source: str) -> list[str]:
    """Names of a module's module-level word lists."""
    found = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        strings, size = _strings(value)
        if size and len(strings) * 2 > size and not all(_is_syntax(s) for s in strings):
            found += [t.id for t in targets if isinstance(t, ast.Name) and not t.id.startswith("__")]
    return found


def test_no_module_level_word_list():
    found = [(str(path.relative_to(PACKAGE)), name)
             for package in CHECKED for path in sorted((PACKAGE / package).rglob("*.py"))
             for name in word_lists(path.read_text("utf-8"))]
    assert [f for f in found if f not in IDENTIFIERS] == [], "move these word lists into the lexicon"


def test_listed_identifiers_still_exist():
    for (path, name), _reason in IDENTIFIERS.items():
        assert name in word_lists((PACKAGE / path).read_text("utf-8")), f"{path}:{name} is gone: drop it from IDENTIFIERS"


@pytest.mark.parametrize("source, found", [
    ('DENY = frozenset({"deny", "refute", "dismiss"})', ["DENY"]),
    ('TITLES = frozenset("mr mrs dr".split())', ["TITLES"]),
    ('CUES = {"known as": 1, "alias": 2}', ["CUES"]),
    ('DEPS = frozenset({"nsubj", "dobj"})', []),
    ('LABELS = ("PERSON", "ORG", "GROUP")', []),
    ('DASHES = {"-", ":", "--"}', []),
    ('LIMITS = (1, 2, 3)', []),
    ('def f():\n    words = {"deny", "refute"}', []),
])
def test_word_list_finder(source, found):
    assert word_lists(source) == found
