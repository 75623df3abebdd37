"""Relations between a document's entities, read from the phrases that state them.

Stages, in order:
1. descriptors: a phrase describing an entity is found around each mention — a title before the
   name ("Afghan Foreign Minister X", "Wagner commander X", "PKK commander, X"), an apposition
   after or before it ("X, the regime's ambassador to Bamako", "the head of the Y; X"), a copula
   or relative clause ("X is a Senior Fellow of the Y", "X, who is also a Y commander"), a
   parenthesis ("X (Minister of Defence)", "X (an Afghan city)") or "the Afghan city of X" —
   and read with roles.py's vocabulary into leader_of / member_of / allied_with /
   affiliated_with / part_of / located_in and a role (the office as written, with its country);
2. phrases without a title noun: "X of the Y", "X from the Y" (member_of), "Y's Z" between
   organisations (part_of), "Y-backed militia X", "X affiliated with Y" (affiliated_with), "X in Y",
   "X in the middle of Y", "X, located in Y", "in X, Y" and "Y's X" between places (located_in);
3. one record per (subject, predicate, object or value), keeping the first evidence.

leader_of and member_of need an organisation (ORG) as object: a head of state or government
("the Supreme Leader of Iran", "Iraqi Prime Minister X") gets a role naming the country instead.
"""
from __future__ import annotations

from dataclasses import dataclass

from claimgraph.extract.context import ParsedDocument
from claimgraph.ontology.name_vocabulary import vocabulary
from claimgraph.extract.relation_phrases import Descriptor, Reading
from claimgraph.extract.roles import is_office, role_value, title_kind
from claimgraph.ids import record_id
from claimgraph.model import Relation
from claimgraph.ontology.lexicon import load_lexicon

STAGE = "claimgraph.relations.v1"

PLACE_TYPES = ("FAC", "GPE", "LOC")
# The small model often types a person named with a title as an organisation ("Mrs X").
ROLE_HOLDER_TYPES = ("PERSON", "ORG")
PREDICATE_BY_KIND = {"ally": "allied_with", "proxy": "affiliated_with", "part": "part_of", "share": "part_of"}


@dataclass(frozen=True)
class Found:
    """A relation before it becomes a record: entity ids and the character span stating it."""
    subject: str
    predicate: str
    object: str | None
    value: str | None
    start: int
    end: int
    rule: str = ""             # the id of the rule that read it ("relation:descriptor.leader")


def extract_relations(parsed: ParsedDocument) -> tuple[Relation, ...]:
    """Every relation the document states between its entities, once each, first evidence kept."""
    reading = Reading(parsed)
    found: list[Found] = []
    for entity_id, span in reading.spans:
        for descriptor in reading.descriptors_of(span):
            found += _from_descriptor(reading, entity_id, descriptor, span)
        found += _member_of_following(reading, entity_id, span)
        found += _possessive_part(reading, entity_id, span)
        found += _located_by_preposition(reading, entity_id, span)
        found += _located_by_apposition(reading, entity_id, span)
        found += _stated_by_verb(reading, entity_id, span)
    found += _affiliations(reading)
    return _records(parsed, found)


def _from_descriptor(reading: Reading, subject: str, d: Descriptor, span) -> list[Found]:
    kind = title_kind(list(d.words))
    subject_type = reading.types[subject]
    start, end = min(d.start, span.start_char), max(d.end, span.end_char)

    def found(predicate: str, obj: str | None, value: str | None = None) -> list[Found]:
        rule = f"relation:descriptor.{kind or 'title'}" if predicate != "role" else "relation:descriptor.office"
        return [Found(subject, predicate, obj, value, start, end, rule)] if obj or value else []

    if kind == "place":
        place = d.entity_after(load_lexicon().locating_prepositions | {"of"}, PLACE_TYPES) or d.country_id
        return found("located_in", place) if subject_type != "PERSON" else []
    if kind in PREDICATE_BY_KIND:
        return found(PREDICATE_BY_KIND[kind], d.org or d.country_id)
    if subject_type in PLACE_TYPES:
        return []
    out: list[Found] = []
    if kind in ("leader", "member") and d.org:
        # the head of a part of Y ("director of Y's emergency programme") is a member of Y
        out += found("leader_of" if kind == "leader" and not d.in_part else "member_of", d.org)
        # and so is the head of a part named in its own right ("head of Y's Z Office")
        out += found("member_of", d.parent) if d.parent else []
    if subject_type in ROLE_HOLDER_TYPES and is_office(list(d.words), d.org is not None):
        tail = d.tail or (f"of {d.country}" if d.country else "")
        words = list(d.words) if d.country or not d.adjective else [d.adjective, *d.words]
        out += found("role", None, role_value(words, tail))
    return out


def _member_of_following(reading: Reading, subject: str, span) -> list[Found]:
    """"X of the Y", "X from the Y": a person named with the organisation they come from; a unit
    named with it ("the X Brigade of the Y", "the X Mobile Column of the Y") is part of it."""
    lexicon = load_lexicon()
    if reading.types[subject] == "PERSON":
        org = _organisation_after(reading, span, lexicon.origin_prepositions)
        return [Found(subject, "member_of", org[0], None, span.start_char, org[1],
                      "relation:person_of_organisation")] if org else []
    if reading.is_organisation(subject) and reading.names[subject].split()[-1].lower() in lexicon.part_nouns:
        org = _organisation_after(reading, span, {"of"})
        return [Found(subject, "part_of", org[0], None, span.start_char, org[1],
                      "relation:unit_of_organisation")] if org else []
    return []


def _stated_by_verb(reading: Reading, subject: str, span) -> list[Found]:
    """"X, who heads Y", "X, a banker who runs a charity called Y", "X heads Y", "X joined Y",
    "X, who works for Y" (X the verb's subject), and "Y, led by X" (X its agent)."""
    if reading.types[subject] not in ROLE_HOLDER_TYPES:
        return []
    verbs = load_lexicon().relation_verbs
    root = span.root
    described = [root] + [c for c in root.rights if c.dep_ == "appos" and reading.entity_at(c.i) is None]
    clauses = [c for n in described for c in n.rights if c.dep_ == "relcl"]
    if root.dep_ == "nsubj":
        clauses.append(root.head)
    out = []
    for verb in clauses:
        if verb.lemma_ in verbs and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            out += [Found(subject, verbs[verb.lemma_], org, None, span.start_char, end, f"relation:verb.{verb.lemma_}")
                    for org, end in _organisations_governed_by(reading, verb)]
    if reading.is_organisation(subject):
        for participle in root.rights:
            agent = next((c for c in participle.children if c.dep_ == "agent"), None)
            if participle.dep_ == "acl" and verbs.get(participle.lemma_) == "leader_of" and agent is not None:
                out += [Found(leader, "leader_of", subject, None, span.start_char, end,
                              f"relation:verb.{participle.lemma_}")
                        for leader, end in _entities_under(reading, agent, ("PERSON",))]
    return [f for f in out if f.subject != f.object]


def _organisations_governed_by(reading: Reading, verb):
    """(organisation id, end character) named as a verb's object ("heads Y", "runs an outlet
    called Y", "runs a charity, the Y") or, for a member's verb, after its preposition ("works for Y")."""
    lexicon = load_lexicon()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lexicon.relation_verbs[verb.lemma_] == "member_of":     # "ran for Y" is no leading of Y
        objects += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in lexicon.serving_prepositions]
    for obj in objects:
        named = [obj] + [c for c in obj.rights if c.dep_ == "appos"]
        named += [g for c in obj.rights if c.dep_ == "acl" and c.lower_ in lexicon.naming_participles
                  for g in c.subtree if g.i > c.i]
        for token in named:
            for org, end in _entities_under(reading, token, None):
                if reading.is_organisation(org):
                    yield org, end


def _entities_under(reading: Reading, token, types: tuple[str, ...] | None):
    """(entity id, end character) of the entity a token is part of, or that its preposition governs."""
    tokens = [token] + ([c for c in token.children if c.dep_ == "pobj"] if token.dep_ in ("prep", "agent") else [])
    for t in tokens:
        entity_id = reading.entity_at(t.i)
        if entity_id is not None and (types is None or reading.types[entity_id] in types):
            end = t.i
            while reading.entity_at(end + 1) == entity_id:
                end += 1
            last = reading.doc[end]
            yield entity_id, last.idx + len(last)
            return


def _possessive_part(reading: Reading, subject: str, span) -> list[Found]:
    """"the Y's Z" between two organisations: Z is part of Y."""
    if not reading.is_organisation(subject) or not reading.possessive_after(span):
        return []
    child = _organisation_after(reading, span, load_lexicon().possessive_marks, skip_modifiers=False)
    return [Found(child[0], "part_of", subject, None, span.start_char, child[1], "relation:possessive_part")] if child else []


def _organisation_after(reading: Reading, span, markers, skip_modifiers: bool = True) -> tuple[str, int] | None:
    """(entity id, end character) of the organisation named right after a marker ("of", "'s")
    that follows the span."""
    doc = reading.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in markers:
        return None
    found = reading.entity_starting_after(span.end + 1, None, skip_modifiers=skip_modifiers)
    if found is None or not reading.is_organisation(found[0]):
        return None
    last = doc[found[1] - 1]
    return found[0], last.idx + len(last)


def _located_by_preposition(reading: Reading, subject: str, span) -> list[Found]:
    """"Camp X in Y province", "X, located near Y", "X outside of Y": a place within another."""
    lexicon = load_lexicon()
    doc = reading.doc
    first_word = doc[span.start].lower_
    if reading.types[subject] not in PLACE_TYPES and first_word not in lexicon.place_nouns:
        return []
    i = span.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i < len(doc) and doc[i].lower_ in lexicon.locating_verbs:
        i += 1
    if i >= len(doc) or doc[i].lower_ not in lexicon.locating_prepositions or doc[i].sent != span.sent:
        return []
    i += 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "of" else 1
    while i < len(doc) and doc[i].lower_ in vocabulary().place_sides:   # "in central Mali": in Mali
        i += 1
    # "in the middle of Y", "on the outskirts of Y": in Y
    if (i + 2 < len(doc) and doc[i].dep_ == "det" and doc[i + 2].lower_ == "of"
            and doc[i + 1].lower_ in lexicon.place_part_words):
        i += 3
    place = reading.entity_starting_after(i, ("GPE", "LOC"), skip_modifiers=False)
    if place is None or place[0] == subject:
        return []
    end_token = doc[place[1] - 1]
    return [Found(subject, "located_in", place[0], None, span.start_char, end_token.idx + len(end_token),
                  "relation:located_by_preposition")]


def _located_by_apposition(reading: Reading, subject: str, span) -> list[Found]:
    """"in X, Y" (a town and its province, not a list of places) and "Y's X" between places:
    X lies in Y."""
    doc = reading.doc
    if reading.types[subject] not in PLACE_TYPES or span.end + 1 >= len(doc):
        return []
    marker, at = doc[span.end], span.end + 1
    if marker.text in load_lexicon().possessive_marks:
        if not reading.possessive_after(span):
            return []
        child = reading.entity_starting_after(at, PLACE_TYPES, skip_modifiers=False)
        if child is None or child[0] == subject:
            return []
        last = doc[child[1] - 1]
        return [Found(child[0], "located_in", subject, None, span.start_char, last.idx + len(last),
                      "relation:possessive_place")]
    listed = {",", "and", "or"}
    if (marker.text != "," or span.start == 0 or doc[span.start - 1].lower_ not in load_lexicon().locating_prepositions):
        return []
    place = reading.entity_starting_after(at, ("GPE", "LOC"), skip_modifiers=False)
    if place is None or place[0] == subject:
        return []
    end = place[1]
    after = [t.lower_ for t in doc[end:end + 3]]
    if after[:1] and after[0] in listed and (after[1:2] and after[1] in listed or reading.entity_at(end + 1)):
        return []                                   # "in X, Y and Z": a list
    last = doc[end - 1]
    return [Found(subject, "located_in", place[0], None, span.start_char, last.idx + len(last),
                  "relation:place_apposition")]


def _affiliations(reading: Reading) -> list[Found]:
    """"Y-backed militia X", "the Y affiliated news agency X", "militias such as X", "X, affiliated with Y"."""
    doc = reading.doc
    out: list[Found] = []
    for token in doc:
        predicate = load_lexicon().affiliation_words.get(token.lower_)
        if predicate is None:
            continue
        before = token.i - 2 if token.i >= 2 and doc[token.i - 1].text == "-" else token.i - 1
        sponsor = reading.place_or_entity_at(before)
        if sponsor is not None:
            for member, end in reading.entities_named_after(token.i + 1, sponsor):
                out.append(Found(member, predicate, sponsor, None, doc[before].idx, end,
                                 f"relation:sponsor_before.{token.lower_}"))
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in load_lexicon().affiliation_prepositions:
            sponsor_at = reading.entity_starting_after(token.i + 2, ("ORG", "GPE", "NORP", "PERSON"))
            member_at = token.i - 2 if token.i >= 2 and doc[token.i - 1].text == "," else token.i - 1
            member = reading.entity_at(member_at)
            if sponsor_at and member and member != sponsor_at[0]:
                sponsor_id = reading.as_place(sponsor_at[0])
                end_token = doc[sponsor_at[1] - 1]
                out.append(Found(member, predicate, sponsor_id, None, doc[member_at].idx,
                                 end_token.idx + len(end_token), f"relation:sponsor_after.{token.lower_}"))
    return out


def _records(parsed: ParsedDocument, found: list[Found]) -> tuple[Relation, ...]:
    doc_id = parsed.document.id
    seen: set[tuple] = set()
    relations = []
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        key = (f.subject, f.predicate, f.object, f.value)
        if key in seen or f.subject == f.object:
            continue
        seen.add(key)
        relations.append(Relation(
            id=record_id("relation", doc_id, *key), doc_id=doc_id, subject=f.subject,
            predicate=f.predicate, evidence=parsed.evidence(f.start, f.end), object=f.object,
            value=f.value, stage=STAGE, rules=(f.rule,)))
    return tuple(relations)
