"""Grouping one document's name mentions into document-level entities.

`extract_entities` runs the name finder (claimgraph.extract.mentions) and joins the surfaces
that name one thing in the document, in order:

1. variants: surfaces equal up to case, apostrophes, hyphens, dots and a leading "the";
2. acronyms: "(WOAN)" or ", or WOAN" after its expansion, or an acronym whose letters spell
   exactly one multi-word name of the document ("SDF" <-> "Syrian Democratic Forces");
   a place and its lower-case generic tail ("Kassala" <-> "Kassala state") or its landform
   ("Sinai" <-> "Sinai Peninsula"); a group's name
   and its plural ("Zapatista" <-> "Zapatistas"), never a place's nor a person's singular; a country's
   institution by its adjective and its noun ("Malian army" <-> "Mali army", both with the
   alias "Mali army");
3. short forms (not one written as a place's own: "Lebanon's X"): a name that ends exactly one
   longer person's name ("Shoigu" -> "Sergei Shoigu",
   "al-" particles ignored), or one longer organisation's name ("Azov" -> "Ukrainian
   Azov"), or a facility's name without its head ("Bastion" -> "Camp Bastion");
   a peer's "Lord X" -> "Lord X of Y";
4. stated aliases: "X, known as Y", "X (also known as Y)", "X, alias Y", "X, also known by its
   French name, Y", "the group, also known as Y" (the organisation named just before), an
   organisation's name in another language in brackets: Y takes X's type.

An entity's type is a vote over its mentions (a repeat found by search only where its context
typed it): the model's label counts once, a rule's three
times (a head noun or a title is better evidence than the small model's guess); a tie goes to
the label of the fullest name's mentions. Its name is
its fullest form: several words over one, then the most frequent, then not all in capitals, then
the longest.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from anyascii import anyascii

from claimgraph.extract.group_mentions import find_group_spans
from claimgraph.extract.mentions import DATELINE_RULE, NameSpan, find_names
from claimgraph.ontology.name_vocabulary import (acronym_letters, is_acronym, name_words, spells,
                                                vocabulary)
from claimgraph.ids import record_id
from claimgraph.model import GROUP, Document, Entity, Mention, Sentence
from claimgraph.ontology import gazetteer, load_plover
from claimgraph.ontology.lexicon import load_lexicon

MENTIONS_STAGE = "claimgraph.mentions.v1"
ENTITIES_STAGE = "claimgraph.entities.v1"
# A rule's label outweighs the model's: on the seed set the model labelled one organisation
# PERSON in three of its four mentions while its head noun was right every time. Seed
# type_accuracy by weight: 1 -> 0.983, 2..5 -> 1.000; 3 keeps a margin over 2.
RULE_WEIGHT = 3
# A short form defined in parentheses may run to this many capitals ("MONUSCO", "UNAMID",
# "MONUSCO" have 6-7); an all-capitals word elsewhere is an acronym only up to six.
DEFINED_SHORT_FORM_MAX = 8
# "X said ... The group, also known as Y": the description stands for X only when X was named
# in the same or a recent sentence (in tokens from the start of X's sentence to Y's).
DESCRIBED_ALIAS_TOKENS = 80


def extract_entities(document: Document, doc, triggers: dict[int, list]) -> tuple[
        tuple[Sentence, ...], tuple[Entity, ...], tuple[Mention, ...]]:
    """The sentences, entities and mentions of one document whose text `doc` parses; `triggers`
    (claimgraph.extract.triggers.find_document_triggers) show which unnamed groups take part.
    The pipeline runs the three steps as stages of their own (claimgraph.extract.stages)."""
    names, aliases = find_name_spans(doc)
    return group_entities(document, doc, names, aliases, find_group_spans(doc, names, triggers, load_plover()))


def find_name_spans(doc) -> tuple[tuple[NameSpan, ...], tuple[tuple[int, int], ...]]:
    """The names of a Doc (claimgraph.extract.mentions), each alias the text states typed as the
    name it stands for; and those (name, alias) index pairs."""
    names = list(find_names(doc))
    aliases = _stated_aliases(doc, names)
    for named, alias in aliases:   # the alias is whatever the name is
        names[alias] = replace(names[alias], label=names[named].label, rule="stated alias")
    return tuple(names), tuple(aliases)


def group_entities(document: Document, doc, names: tuple[NameSpan, ...], aliases, groups: tuple[NameSpan, ...]
                   ) -> tuple[tuple[Sentence, ...], tuple[Entity, ...], tuple[Mention, ...]]:
    """Names and unnamed groups joined into the document's entities (the module docstring)."""
    sentences = tuple(Sentence(document.id, i, s.start_char, s.end_char, s.text)
                      for i, s in enumerate(doc.sents))
    spans = names + groups
    surfaces = [doc[s.start:s.end].text for s in spans]
    group_of = _group(doc, surfaces[:len(names)], names, aliases)
    members: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (surface, span) in enumerate(zip(surfaces, spans)):
        # An unnamed group joins only the same words: never a name, an acronym or a longer form;
        # a source's acronym the model missed (group_mentions) joins the name it spells, if any.
        key = _key(surface)
        members[(GROUP, key) if span.label == GROUP else ("name", group_of.get(key, key))].append(i)
    entities, mentions = [], []
    sentence_starts = [s.start for s in sentences]
    for indices in members.values():
        entity = _entity(document.id, [surfaces[i] for i in indices], [spans[i] for i in indices])
        entities.append(entity)
        for i in indices:
            span = doc[spans[i].start:spans[i].end]
            mentions.append(Mention(
                id=record_id("mention", document.id, span.start_char, span.end_char),
                doc_id=document.id, entity_id=entity.id, start=span.start_char,
                end=span.end_char, text=span.text, label=spans[i].label,
                sentence_index=_sentence_index(sentence_starts, span.start_char),
                stage=MENTIONS_STAGE))
    mentions.sort(key=lambda m: (m.start, m.end))
    return sentences, tuple(entities), tuple(mentions)


def triggers_outside_names(triggers: dict[int, list], names: tuple[NameSpan, ...]) -> dict[int, list]:
    """The triggers whose word is not inside a name: "Support" in "the Group for the Support of
    Islam and Muslims" reports no event (the tagger's names are guarded in extract.triggers; these
    are the names the name finder corrected or added). Only names of several words: a lone
    capitalised word the tagger took for a name ("Killed") may still be the event's verb."""
    named = [(n.start, n.end) for n in names if n.end - n.start > 1]
    return {start: [t for t in found if not any(a <= t.token.i < b for a, b in named)]
            for start, found in triggers.items()}


def _sentence_index(starts: list[int], char: int) -> int:
    return max(0, sum(1 for s in starts if s <= char) - 1)


def _key(surface: str) -> str:
    """The form variants share: "the Workers' Party" ~ "Workers Party", "U.S." ~ "US"."""
    text = anyascii(surface).lower()
    text = re.sub(r"['`.]", "", text)
    text = re.sub(r"[\s\-]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


# ------------------------------------------------------------------ grouping

def _group(doc, surfaces: list[str], spans: list[NameSpan], aliases: list[tuple[int, int]]) -> dict[str, str]:
    """Map each surface key to its group's representative key (a small union-find); `aliases`
    are the (name, alias) span indices the text states."""
    vocab = vocabulary()
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    labels: dict[str, Counter] = defaultdict(Counter)
    written: dict[str, str] = {}
    placed: set[str] = set()   # short names written as a place's own ("Lebanon's X")
    for surface, span in zip(surfaces, spans):
        key = _key(surface)
        parent.setdefault(key, key)
        labels[key][span.label] += 1
        written.setdefault(key, surface)
        if _owned_by_place(doc, span, spans):
            placed.add(key)
    for acronym, expansion in _defined_acronyms(doc, surfaces, spans):
        union(_key(acronym), _key(expansion))
    for named, alias in aliases:
        union(_key(surfaces[alias]), _key(surfaces[named]))
    keys = list(parent)
    multiword = [k for k in keys if len(k.split()) > 1]
    for key in multiword:   # "Kassala" ~ "Kassala state", not "Panama" ~ "Panama City"
        name, _, tail = written[key].rpartition(" ")
        if ((tail.islower() and tail in load_lexicon().place_generic_tails)
                or tail.lower() in load_lexicon().landform_tails) and _key(name) in parent:
            union(_key(name), key)
    for key in keys:   # "Yazidi" ~ "Yazidis", "Zapatista" ~ "Zapatistas"; not "Emirate" ~ "Emirates"
        plural = key + "s"
        if (" " not in key and plural in parent and not labels[key]["PERSON"]
                and not any(labels[k][place] for k in (key, plural) for place in ("GPE", "LOC"))):
            union(key, plural)
    by_country: dict[str, str] = {}
    for key in keys:   # "Malian army" and "Mali army"
        if labels[key]["ORG"] and (alias := _institution_by_country(written[key])):
            union(key, by_country.setdefault(alias, key))
    for key in keys:
        surface = written[key]
        if is_acronym(surface):
            spelled = {find(k) for k in multiword
                       if spells(acronym_letters(surface), written[k], vocab)
                       and not labels[k]["PERSON"]}
            if len(spelled) == 1:
                union(key, spelled.pop())
            continue
        longer = [] if key in placed else _longer_forms(key, multiword, labels, vocab)
        if len({find(k) for k in longer}) == 1:
            union(key, longer[0])
    return {k: find(k) for k in keys}


def _defined_acronyms(doc, surfaces: list[str], spans: list[NameSpan]):
    """(acronym, expansion) where the acronym follows its expansion in parentheses or after
    ", or" ("the Revolutionary Front of X, or RFX,"); a defined short form may be longer than
    the acronyms recognised anywhere ("MONUSCO")."""
    for i in range(1, len(spans)):
        gap = [t.lower_ for t in doc[spans[i - 1].end:spans[i].start]]
        short_form = is_acronym(surfaces[i]) or (surfaces[i].isalpha() and surfaces[i].isupper()
                                                 and len(surfaces[i]) <= DEFINED_SHORT_FORM_MAX)
        named_or = gap[:2] == [",", "or"] and spans[i - 1].label == "ORG"   # not "in X, or Y"
        if (short_form and (gap in (["("], ["(", "the"], ["/"]) or named_or)
                and spans[i - 1].label != "PERSON" and spans[i].rule != DATELINE_RULE):   # "KYIV (AP)"
            yield surfaces[i], surfaces[i - 1]


def _owned_by_place(doc, span: NameSpan, spans) -> bool:
    """Whether a name is written as a place's own ("Lebanon's X"): that place's X, not a longer
    name of the document ending in X."""
    if span.start < 2 or doc[span.start - 1].text not in ("'s", "’s"):
        return False
    return any(s.end == span.start - 1 and s.label in ("GPE", "LOC") for s in spans)


def _stated_aliases(doc, spans) -> list[tuple[int, int]]:
    """(name, alias) span indices where the text says the second name is another name for the
    first: "X, known as Y", "X (also known as Y)", "X, alias Y", "X, also known by its French
    name, Y"; or for the organisation named last before a description of it: "X said ... The aid
    group, also known by its French name, Y, ..." (an organisation described by its kind is the
    one the text was just speaking of)."""
    found = []
    for i in range(1, len(spans)):
        gap = [t.lower_ for t in doc[spans[i - 1].end:spans[i].start] if not t.is_punct or t.text == "a.k.a."]
        if _alias_cue(gap) and spans[i - 1].label != GROUP:
            found.append((i - 1, i))
        elif _bracketed_translation(doc, spans[i - 1], spans[i]):
            found.append((i - 1, i))
        elif _described_cue(gap) and spans[i - 1].label == "ORG" and (
                doc[spans[i].start].sent.start - doc[spans[i - 1].start].sent.start
                <= DESCRIBED_ALIAS_TOKENS):
            found.append((i - 1, i))
    return found


def _bracketed_translation(doc, name, other) -> bool:
    """"X Y Z (A B C)": an organisation's name of several words and, in brackets right after it,
    another of several words: its name in another language ("Ejército de Liberación Nacional
    (National Liberation Army)"); a bracketed acronym is defined elsewhere, a place in brackets
    locates."""
    return (name.label == other.label == "ORG" and name.end - name.start > 1 and other.end - other.start > 1
            and [t.text for t in doc[name.end:other.start]] == ["("]
            and other.end < len(doc) and doc[other.end].text == ")")


def _alias_cue(words: list[str]) -> bool:
    """Whether the words say what follows is another name: "also known as", "known by its
    French name"."""
    lexicon = load_lexicon()
    if " ".join(words) in lexicon.alias_cues:
        return True
    for opener in lexicon.alias_cue_openers:
        n = len(opener.split())
        if " ".join(words[:n]) == opener and words[-1:] and words[-1] in lexicon.alias_cue_nouns:
            return len(words) - n in (1, 2)
    return False


def _described_cue(words: list[str]) -> bool:
    """Whether the words end in "the <kind of organisation>, <alias cue>" ("the aid group,
    also known as"): the description stands for the organisation named before it."""
    kinds = load_lexicon().org_kinds
    for k in range(len(words) - 2, max(-1, len(words) - 8), -1):
        if words[k] in kinds and "the" in words[max(0, k - 3):k] and _alias_cue(words[k + 1:]):
            return True
    return False


def _longer_forms(key: str, multiword: list[str], labels: dict[str, Counter], vocab) -> list[str]:
    """The longer names this one is a short form of (see the module docstring, rule 3)."""
    words = _bare(key, vocab)
    n = len(words)
    found = []
    for other in multiword:
        if other == key:
            continue
        other_words = _bare(other, vocab)
        if len(other_words) <= n:
            continue
        label = labels[other].most_common(1)[0][0]
        ends = other_words[-n:] == words and "of" not in other_words
        qualified = other_words[:n] == words and other_words[n] in load_lexicon().name_qualifying_prepositions
        if label == "PERSON" and (ends or (qualified and other_words[n] == "of")):
            found.append(other)
        elif (label == "ORG" and (ends or qualified) and _proper(key, vocab)
              and labels[key].most_common(1)[0][0] == "ORG"):
            found.append(other)
        elif label == "ORG" and _demonym_form(words, other_words):
            found.append(other)
        elif label == "FAC" and other_words[1:] == words and other.split()[0].title() in vocab.fac_heads_before:
            found.append(other)
    return found


def _bare(key: str, vocab) -> list[str]:
    """A name's words without surname particles and styles ("bashar al assad" -> bashar, assad)."""
    return [w for w in key.split()
            if w not in vocab.surname_particles and w.title() not in vocab.name_styles]


def _demonym_form(words: list[str], other_words: list[str]) -> bool:
    """"<demonym> <institution>" ~ "<institution> of <place>": "kenyan government" ~
    "government of kenya" (the demonym begins with the place's name, less a final vowel)."""
    if len(words) != 2 or len(other_words) != 3 or other_words[1] != "of":
        return False
    demonym, place = words[0], other_words[2]
    stem = place[:-1] if place[-1] in "aeiouy" else place
    return words[1] == other_words[0] and len(stem) >= 3 and demonym.startswith(stem)


def _proper(key: str, vocab) -> bool:
    """Whether a short organisation name is more than a generic head ("the Council")."""
    return any(w.title() not in vocab.org_heads and w not in vocab.lowercase_org_heads
               for w in key.split())


# ------------------------------------------------------------------ one entity

def _institution_by_country(surface: str) -> str | None:
    """A country's institution named by the country's everyday name, whether written with the
    adjective or the noun: "Malian army", "Mali army" -> "Mali army"; "Chadian military" ->
    "Chad military". Another name of the entity, so the forms match across articles."""
    owner, _, institution = surface.rpartition(" ")
    if not owner or institution.lower() not in vocabulary().state_institutions:
        return None
    code = gazetteer.country_code(owner) or gazetteer.demonym_country(owner)
    return f"{gazetteer.country_name(code)} {institution.lower()}" if code else None


def _entity(doc_id: str, surfaces: list[str], spans: list[NameSpan]) -> Entity:
    counts = Counter(surfaces)
    name = max(counts, key=lambda s: (len(name_words(s)) > 1 and not is_acronym(s),
                                      counts[s], not s.isupper(), len(s)))   # "Juba" over a dateline's "JUBA"
    votes: Counter = Counter()
    for span in spans:
        if not span.repeat or span.rule:   # a repeat votes only with the type its context gives
            votes[span.label] += RULE_WEIGHT if span.rule else 1
    # a tie goes to the label of the fullest name's mentions: the model sees more of the name
    fullest = Counter(span.label for surface, span in zip(surfaces, spans) if surface == name)
    label = (max(votes, key=lambda lab: (votes[lab], fullest[lab])) if votes else spans[0].label)
    aliases = {s for s in surfaces if s != name}
    if label == "ORG":
        aliases |= {alias for s in surfaces if (alias := _institution_by_country(s)) and alias != name}
    aliases = tuple(sorted(aliases))
    id_parts = (GROUP, _key(name)) if label == GROUP else (_key(name),)   # "Government" is no "government"
    return Entity(id=record_id("entity", doc_id, *id_parts), doc_id=doc_id, name=name,
                  type=label, aliases=aliases, stage=ENTITIES_STAGE)
