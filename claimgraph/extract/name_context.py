"""A name's type from the words around it: "militias such as X", "X, the leader of", "in X".

`context_label` is step 5 of name finding (claimgraph.extract.mentions) for spans no head noun
or shape has typed; a nationality word is a place, a group, or no name at all (DROPPED).
"""
from __future__ import annotations

from claimgraph.ontology.name_vocabulary import Vocabulary
from claimgraph.ontology.lexicon import load_lexicon

DROPPED = ""                   # the label of a span no rule keeps (a demonym adjective)
# Labels that are never where something happens: a person, and what the small model calls a
# product or a work when it misreads a place it does not know ("hit [Harbourtown]" as a product).
PERSON_LIKE = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "EVENT"})


def context_label(doc, start: int, end: int, label: str, vocab: Vocabulary):
    """(label, rule) from the words around a span, or None when they say nothing."""
    lexicon = load_lexicon()
    span = doc[start:end]
    root, prev = span.root, doc[start - 1] if start else None
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    after = doc[end] if end < len(doc) else None
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lower_ in vocab.place_part_nouns:
        return "GPE", "place kind"   # "the town of X", "the streets of X", whatever the model said
    if label != "NORP" and (_modifies(root, after, vocab.place_kinds_after)
                            or (prev is not None and prev.is_lower and prev.pos_ == "NOUN"
                                and prev.lower_ in vocab.place_kinds)):
        return "GPE", "place kind"   # "X state", "X village", "the capital X"
    if label == "NORP":
        return _demonym_label(root, first, vocab)
    if label in PERSON_LIKE and _modifies(root, after, vocab.incident_nouns):
        return "GPE", "incident place"   # "the X massacre"
    if ((label in PERSON_LIKE or label == "ORG" and end - start == 1) and first.dep_ == "pobj"
            and first.head.lower_ in lexicon.site_prepositions and first.head.head.lower_ in vocab.incident_nouns):
        return "GPE", "incident place"   # "the massacre at X"; not "the shooting at X Distributors Ltd"
    if label != "ORG":
        listed = first.head.head if first.head.lower_ in load_lexicon().listing_words else None
        if listed is not None and listed.lower_ == "such":
            listed = listed.head
        if ((listed is not None and listed.lemma_.lower() in vocab.org_kinds)
                or (prev is not None and prev.pos_ == "NOUN" and prev.lemma_.lower() in vocab.org_kinds)
                or (prev is not None and prev.tag_ == "NNS" and prev.lemma_.lower() in vocab.headed_group_nouns)
                or _modifies(root, after, vocab.org_kind_nouns_after)
                or _apposed(root, vocab.org_kinds)):
            return "ORG", "kind context"   # "militants X", "X militants", "X television"
        if label == "PERSON" and _plural_name(root):
            return "ORG", "plural name"    # "the Iran-backed Xs": a people's or a group's name
        if (label == "PERSON" and first.dep_ == "pobj" and first.head.lower_ == "of"
                and first.head.head.lemma_.lower() in vocab.headed_group_nouns):
            return "ORG", "members of"
    # People are not where things happen, nor organisations near where they happen: "in X",
    # "near X" make the model's person or organisation a place (not "in X" for an organisation:
    # "a split in X").
    if first.dep_ == "pobj" and root.tag_ in ("NNP", "NNPS") and (
            (label in PERSON_LIKE and first.head.lower_ in lexicon.person_not_in_prepositions)
            or (label == "ORG" and first.head.lower_ in lexicon.org_not_in_prepositions)):
        return "GPE", "locative"
    before = doc[start - 2] if prev is not None and prev.text == "," and start > 1 else prev
    roles = vocab.person_roles
    if before is not None and before.pos_ in ("NOUN", "PROPN") and (
            before.text in vocab.person_titles or before.lower_ in roles):
        return "PERSON", "role context"
    if _apposed(root, roles) or any(c.dep_ == "compound" and c.lower_ in roles and c.i < start
                                    for c in root.children):
        return "PERSON", "role context"
    return None


def _modifies(root, after, nouns: frozenset[str]) -> bool:
    """Whether the name modifies the lower-case noun right after it ("X village", "X militants")."""
    return (after is not None and after.is_lower and after.pos_ == "NOUN" and after.lower_ in nouns
            and root.head.i == after.i)


def _plural_name(root) -> bool:
    """A plural proper noun, "the Xs": people are named in the singular, without "the"."""
    determined = any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)
    plural = root.tag_ == "NNPS" or (root.text[-1:] == "s" and root.text[-2:-1].islower()
                                     and root.text[-2:] != "ss")
    return determined and plural


def _apposed(root, nouns: frozenset[str]) -> bool:
    """Whether the span stands in apposition to one of these nouns ("X, the leader of ..."),
    also where the parser hangs it on the noun's complement ("the leader of the party, X")."""
    head = root.head
    if root.dep_ == "appos" and (head.lemma_.lower() in nouns or (
            head.dep_ == "pobj" and head.pos_ == "NOUN" and head.head.head.lemma_.lower() in nouns)):
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in root.children)


def _demonym_label(root, first, vocab: Vocabulary):
    """A nationality word is a place when used as one ("in X"; "the city of X" makes any name a
    place, see context_label), a group when a plural noun ("the Kurds"), and no entity when an
    adjective ("Syrian officials")."""
    head = first.head
    if root.tag_ == "NNP" and root.dep_ == "pobj" and head.lower_ in vocab.locative_prepositions:
        return "GPE", "locative"
    if _apposed(root, vocab.place_kinds):
        return "GPE", "place kind"
    if root.tag_ in ("NNPS", "NNS"):
        return "NORP", "group noun"
    return DROPPED, "adjective"
