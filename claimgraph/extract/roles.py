"""The vocabulary of titles, ranks and affiliation nouns, and how a title phrase reads.

Words are general English of news about politics and armed conflict: what a noun says about
the person or group it describes (leads an organisation, belongs to one, is its ally, proxy
or part, is a place), whether it names an office worth keeping as a "role", and how a
nationality adjective names its country ("Iraqi" -> "Iraq") among the document's places.
"""
from __future__ import annotations

from claimgraph.ontology.lexicon import load_lexicon


# Kinds of noun that describe only the name before them ("X, part of Y"), never a title before a name.
DESCRIBING_AFTER_ONLY = ("share",)


def _kinds_by_nouns() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each title kind with the nouns that say it, in the order they are tried."""
    lexicon = load_lexicon()
    return (("place", lexicon.place_nouns), ("ally", lexicon.ally_nouns), ("proxy", lexicon.proxy_nouns),
            ("part", lexicon.part_nouns), ("share", lexicon.share_nouns), ("leader", lexicon.leader_nouns),
            ("member", lexicon.member_nouns))


def _keys(words: list[str]) -> list[str]:
    """Candidate vocabulary keys for a title, most specific first: last two words, last word, its parts."""
    low = [w.lower() for w in words if w.lower() not in load_lexicon().dropped_modifiers]
    if not low:
        return []
    keys = [" ".join(low[-2:]), low[-1]] if len(low) > 1 else [low[-1]]
    keys += [part for part in low[-1].split("-") if part]
    return keys


def title_kind(words: list[str]) -> str | None:
    """What a title phrase's head says: leader, member, ally, proxy, part, share, place, or None."""
    for key in _keys(words):
        for kind, nouns in _kinds_by_nouns():
            if key in nouns:
                if kind == "leader" and any(w.lower() in load_lexicon().subordinate_title_words for w in words):
                    return "member"
                return kind
    return None


def is_title_word(word: str) -> bool:
    """True for a word that can stand in a title before a name (vocabulary or modifier)."""
    lexicon = load_lexicon()
    low = word.lower()
    return (low in lexicon.title_modifiers or low in lexicon.office_words
            or title_kind([word]) not in (None, *DESCRIBING_AFTER_ONLY)
            or any(part in lexicon.office_words for part in low.split("-")))


def is_office(words: list[str], has_org: bool) -> bool:
    """A title worth keeping as a role: it names an office or rank ("Defence Minister",
    "Colonel"), or is capitalised and says no more than a membership or leadership already
    recorded would ("Independent Reviewer of X", "Supreme Leader" of a country)."""
    lexicon = load_lexicon()
    kept = [w for w in words if w.lower() not in lexicon.dropped_modifiers]
    if not kept or all(_is_short_form(w) for w in kept):
        return False                         # an acronym in parentheses names, it is no title
    if kept[-1].lower() in lexicon.organisation_heads:
        return False                         # "a Maoist armed group" says what a group is, it holds no office
    if any(w.lower() in lexicon.office_words or any(p in lexicon.office_words for p in w.lower().split("-"))
           for w in kept):
        return True
    kind = title_kind(kept)
    return kept[0][:1].isupper() and (kind is None or kind == "leader" and not has_org)


def _is_short_form(word: str) -> bool:
    """"SDF", "GoS", "FARC/EP": a short form, not a title (wider than name_vocabulary.is_acronym,
    which decides whether a name is an acronym: up to 8 letters, and any slashed form)."""
    return "/" in word or len(word) <= 8 and sum(c.isupper() for c in word) >= 2 and not word.istitle()


def role_value(words: list[str], tail: str = "") -> str:
    """The title as written without dropped modifiers, capitalised throughout when it starts capitalised."""
    lexicon = load_lexicon()
    kept = [w for w in words if w.lower() not in lexicon.dropped_modifiers]
    if kept and kept[0][:1].isupper():
        kept = [w if w.lower() in lexicon.title_small_words else w[:1].upper() + w[1:] for w in kept]
    text = " ".join(kept).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    return f"{text} {tail}".strip() if tail else text


def place_for_demonym(adjective: str, places: dict[str, str]) -> str | None:
    """The id of the place a nationality adjective names ("Iraqi" -> Iraq), among places {lowercase name: id}."""
    low = adjective.lower().removesuffix("'s")
    if low in places:
        return places[low]
    stems = [low[: len(low) - len(s)] if s else low for s in load_lexicon().demonym_suffixes if low.endswith(s)]
    stems = [s for s in stems if len(s) >= 4]
    for stem in stems:
        if stem in places:
            return places[stem]
    for stem in stems:
        for name, place_id in places.items():
            if name.startswith(stem) and len(name) - len(stem) <= 3:
                return place_id
    return None
