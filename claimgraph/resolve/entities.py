"""Cross-document entity resolution: document-level entities -> canonical entities.

    1. candidates: entities using one exact (normalised) name are one group at once, so the
       matcher works on distinct names, not on every repetition of them (a single-word person
       name is never grouped: two men called Ali are not one man); groups from different
       documents that share a blocking key of one of their names
       (claimgraph.resolve.names.blocking_keys) are candidates, and keys shared by too many
       names are dropped, so the work grows with the number of names, not with its square;
    2. decision: each candidate pair is scored by the best name comparison over both entities'
       names and aliases (the same matcher as `claimgraph names compare`), with compatible types
       (a multi-word name groups whatever one document's tagger said its type was), plus two
       rules that use the rest of the corpus as context:
       - surname: a document that names a person by a surname alone joins the one full name in
         the corpus that ends with that surname (never when two people share it);
       - unique extension: "Wagner Group" joins "Russian Wagner Group" and "British Embassy"
         joins "British Embassy in Bamako" when that is the only longer name in the corpus
         qualifying it with words before it or a prepositional phrase after it (bare "Liberation
         Front" stays apart when the corpus has "Oromo Liberation Front" and "Moro Islamic
         Liberation Front"; "United Nations" is not "United Nations Mission", whose head noun differs);
    3. clustering: pairs are merged strongest first; analysts' merge judgements join clusters
       and split judgements forbid a merge (cannot-link), so corrections survive re-resolution.

Every link records its rule, score and detail (`claimgraph entity NAME --why`). The result is a
function of the set of entities and judgements, so ingest order does not change it.
"""
from __future__ import annotations

import collections
import functools
import logging
import re
from dataclasses import dataclass

from anyascii import anyascii

from claimgraph.model import CanonicalEntity, Entity, EntityLink, Judgement
from claimgraph.resolve.names import blocking_keys, compare, normalize_name
from claimgraph.ontology.lexicon import load_lexicon

PLACE_TYPES = {"GPE", "LOC", "FAC"}
# Unnamed groups ("the police", "protesters"; claimgraph.extract.group_mentions) are never
# merged across documents: the same words name different people in different reports.
DOCUMENT_LOCAL_TYPES = {"GROUP"}
# A blocking key shared by more entities than this is a common word, not a name (measured: on
# 5,000 generated documents the largest informative block held under 100 entities).
MAX_BLOCK = 400

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Decision:
    left: str
    right: str
    score: float
    rule: str
    detail: str


def types_compatible(a: str, b: str) -> bool:
    return a == b or (a in PLACE_TYPES and b in PLACE_TYPES)


def names_of(entity: Entity) -> list[str]:
    return list(dict.fromkeys((entity.name, *entity.aliases)))


@dataclass(frozen=True)
class NameGroup:
    """Entities of several documents using one name, standing in for them all while matching."""
    entity: Entity                           # representative: smallest id, every name, majority type
    members: tuple[Entity, ...]
    docs: frozenset[str]


def group_by_name(entities: list[Entity]) -> list[NameGroup]:
    groups: dict[tuple, list[Entity]] = collections.defaultdict(list)
    for e in entities:
        name = normalize_name(e.name)
        if (e.type == "PERSON" and len(name.split()) == 1) or e.type in DOCUMENT_LOCAL_TYPES:
            key = ("entity", e.id)
        elif len(name.split()) > 1:
            key = ("name", name)
        else:
            key = ("name", name, "PLACE" if e.type in PLACE_TYPES else e.type)
        groups[key].append(e)
    out = []
    for members in groups.values():
        members.sort(key=lambda e: e.id)
        names = collections.Counter(e.name for e in members)
        types = collections.Counter(e.type for e in members)
        name = max(names, key=lambda n: (_written_as_name(n), names[n], n))
        aliases = tuple(sorted({a for e in members for a in names_of(e)} - {name}))
        representative = Entity(members[0].id, members[0].doc_id, name,
                                max(types, key=lambda t: (types[t], t)), aliases)
        out.append(NameGroup(representative, tuple(members), frozenset(e.doc_id for e in members)))
    return out


def candidate_pairs(groups: list[NameGroup]) -> set[tuple[str, str]]:
    """Pairs of representatives sharing a blocking key, from documents that do not overlap
    (within one document, the entity stage has already decided what is one entity)."""
    blocks: dict[str, list[NameGroup]] = collections.defaultdict(list)
    for g in (g for g in groups if g.entity.type not in DOCUMENT_LOCAL_TYPES):
        for key in {k for name in names_of(g.entity) for k in blocking_keys(name, g.entity.type)}:
            blocks[key].append(g)
    pairs = set()
    for members in blocks.values():
        if len(members) > MAX_BLOCK:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a.docs.isdisjoint(b.docs) and types_compatible(a.entity.type, b.entity.type):
                    ia, ib = a.entity.id, b.entity.id
                    pairs.add((ia, ib) if ia < ib else (ib, ia))
    return pairs


def decide(a: Entity, b: Entity, compare_names=compare) -> Decision | None:
    """The best name match between two entities, or None when they are not one."""
    if a.type == b.type == "PERSON" and all(len(normalize_name(n).split()) == 1 for n in names_of(a) + names_of(b)):
        return None        # a single word names too many people; the surname rule needs a full name
    best = None
    entity_type = a.type if types_compatible(a.type, b.type) else None
    for name_a in names_of(a):
        for name_b in names_of(b):
            try:
                result = compare_names(name_a, name_b, entity_type)
            except Exception as err:   # one bad comparison must not stop resolving the corpus
                log.warning("name comparison failed, taken as no match: %r ~ %r (%s): %s: %s",
                            name_a, name_b, entity_type, type(err).__name__, err)
                continue
            if result.match and (best is None or result.score > best.score):
                best = Decision(a.id, b.id, result.score, "name-match",
                                f"{name_a!r} ~ {name_b!r}: " + "; ".join(
                                    f"{f.name}={f.value:.2f}" for f in result.features if f.value))
    return best


def extension_decisions(entities: list[Entity], pairs: set[tuple[str, str]]) -> list[Decision]:
    """A name joins the one longer name in the corpus that qualifies it by words before or after."""
    by_id = {e.id: e for e in entities}
    extensions: dict[str, set[str]] = collections.defaultdict(set)
    found = []
    for a, b in pairs:
        ea, eb = by_id[a], by_id[b]
        if "PERSON" in (ea.type, eb.type):
            continue
        short, long = sorted((ea, eb), key=lambda e: len(_words(e.name)))
        if _qualifies(_words(long.name), _words(short.name)):
            extensions[" ".join(_words(short.name))].add(" ".join(_words(long.name)))
            found.append((short, long))
    return [Decision(short.id, long.id, 0.75, "unique-extension",
                     f"{long.name!r} is the only name in the corpus qualifying {short.name!r}")
            for short, long in found if len(extensions[" ".join(_words(short.name))]) == 1]


def _words(name: str) -> list[str]:
    return re.findall(r"\w+", anyascii(name).lower().replace("'", ""))


def _qualifies(long: list[str], short: list[str]) -> bool:
    """long = qualifiers + short, or short + a prepositional phrase ("in Iraq", "of Iran")."""
    if len(long) <= len(short) or not _distinctive(short):
        return False
    if long[-len(short):] == short:
        return True
    return long[:len(short)] == short and long[len(short)] in load_lexicon().qualifying_prepositions


def _distinctive(tokens: list[str]) -> bool:
    """Several words, or one long word: a lone short word is too common to extend safely."""
    return len(tokens) > 1 or len(tokens[0]) >= 5


def surname_decisions(groups: list[NameGroup]) -> list[Decision]:
    """A bare surname joins the one multi-word PERSON name in the corpus that ends with it."""
    full_by_surname: dict[str, set[str]] = collections.defaultdict(set)
    people_named: dict[str, list[Entity]] = collections.defaultdict(list)   # looked up, not scanned
    docs = {g.entity.id: g.docs for g in groups}
    people = [(g.entity, normalize_name(g.entity.name)) for g in groups if g.entity.type == "PERSON"]
    for e, name in people:
        tokens = name.split()
        if len(tokens) > 1:
            full_by_surname[tokens[-1]].add(name)
        people_named[name].append(e)
    decisions = []
    for e, name in people:
        tokens = name.split()
        if len(tokens) != 1 or len(full_by_surname.get(tokens[0], ())) != 1:
            continue
        full = next(iter(full_by_surname[tokens[0]]))
        for other in people_named[full]:
            if docs[other.id].isdisjoint(docs[e.id]):
                decisions.append(Decision(e.id, other.id, 0.8, "surname",
                                          f"{e.name!r} is the surname of the only {full!r} in the corpus"))
    return decisions


class Clusters:
    """Union-find with cannot-link constraints, kept per cluster: a union costs the size of the
    smaller cluster, not a pass over every member (quadratic when one name has thousands)."""

    def __init__(self, ids):
        self.parent = {i: i for i in ids}
        self.excluded: dict[str, set[str]] = collections.defaultdict(set)   # root -> ids it cannot join

    def find(self, i: str) -> str:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def forbid(self, a: str, b: str) -> None:
        self.excluded[self.find(a)].add(b)
        self.excluded[self.find(b)].add(a)

    def union(self, a: str, b: str, members: dict[str, set[str]]) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if not self.excluded[ra].isdisjoint(members[rb]):
            return False
        keep, drop = min(ra, rb), max(ra, rb)
        self.parent[drop] = keep
        members[keep] = _joined(members.pop(drop), members[keep])
        self.excluded[keep] = _joined(self.excluded.pop(drop, set()), self.excluded[keep])
        return True


def _joined(a: set, b: set) -> set:
    """a | b, made by adding the smaller set to the larger one (which is changed)."""
    larger, smaller = (a, b) if len(a) >= len(b) else (b, a)
    larger |= smaller
    return larger


def resolve_entities(entities: list[Entity], judgements: list[Judgement] = ()) -> tuple[list[EntityLink], list[CanonicalEntity]]:
    by_id = {e.id: e for e in entities}
    groups = group_by_name(entities)
    representatives = [g.entity for g in groups]
    reps = {e.id: e for e in representatives}
    decisions = [Decision(g.entity.id, e.id, 1.0, "same-name", f"both documents write {e.name!r}")
                 for g in groups for e in g.members[1:]]
    pairs = candidate_pairs(groups)
    # Candidate pairs repeat a few name pairs (on 5,000 generated documents: 98,188 comparisons,
    # 113 distinct), so each distinct comparison is made once.
    compare_names = functools.cache(compare)
    matched = [d for a, b in sorted(pairs) if (d := decide(reps[a], reps[b], compare_names)) is not None]
    decisions += matched
    decisions += extension_decisions(representatives, pairs - {(d.left, d.right) for d in matched})
    decisions += surname_decisions(groups)
    decisions += judged_merges(entities, judgements)
    members, why = cluster(by_id, decisions, forbidden=())
    splits = [j for j in judgements if j.kind == "split"]
    if splits:
        members, why = cluster(by_id, decisions, forbidden=split_constraints(entities, members, splits))
    links, canonicals = [], []
    for root, ids in sorted(members.items()):
        group = [by_id[i] for i in sorted(ids)]
        for e in group:
            d = why.get(e.id)
            links.append(EntityLink(e.id, root, d.rule, d.score, d.detail) if d and len(group) > 1
                         else EntityLink(e.id, root, "single", 1.0, "no match in other documents"))
        canonicals.append(canonical_entity(root, group))
    return links, canonicals


def cluster(by_id: dict[str, Entity], decisions: list[Decision], forbidden) -> tuple[dict, dict]:
    """Merge strongest decisions first (analysts' merges before all), never across a forbidden pair."""
    clusters = Clusters(by_id)
    for a, b in forbidden:
        clusters.forbid(a, b)
    members = {i: {i} for i in by_id}
    why: dict[str, Decision] = {}
    for d in sorted(decisions, key=lambda d: (d.rule != "analyst-merge", -d.score, d.left, d.right)):
        if clusters.union(d.left, d.right, members):
            why.setdefault(d.left, d)
            why.setdefault(d.right, d)
    return members, why


def _named(entities: list[Entity], name: str) -> list[Entity]:
    """The document entities a judgement names: by id (claimgraph.store.corrections records the
    canonical id, itself a document entity's id) or by any of their names."""
    wanted = normalize_name(name)
    return [e for e in entities if e.id == name or wanted in {normalize_name(n) for n in names_of(e)}]


def judged_merges(entities: list[Entity], judgements) -> list[Decision]:
    """An analyst's merge joins every document entity named one side with those named the other."""
    out = []
    for j in judgements:
        if j.kind != "merge":
            continue
        named = _named(entities, j.left) + _named(entities, j.right)
        out += [Decision(named[0].id, other.id, 1.0, "analyst-merge", f"merged by an analyst on {j.created}")
                for other in named[1:]]
    return out


def split_constraints(entities: list[Entity], members: dict[str, set[str]], splits) -> list[tuple[str, str]]:
    """Cannot-links that keep entities named a split alias out of the cluster they were split from."""
    root_of = {i: root for root, ids in members.items() for i in ids}
    pairs = []
    for j in splits:
        detached = {e.id for e in _named(entities, j.right)}
        for e in _named(entities, j.left):
            cluster_ids = members[root_of[e.id]]
            pairs += [(keep, d) for d in detached & cluster_ids for keep in cluster_ids - detached]
    return pairs


def _written_as_name(name: str) -> bool:
    """ "Government of Chad" over "government of Chad": the form a name takes when written out."""
    return name[:1].isupper()


def canonical_entity(canonical_id: str, members: list[Entity]) -> CanonicalEntity:
    """Name: the most used of the longest names, capitalised as a name is; type: the majority
    of the members' types."""
    names = collections.Counter(e.name for e in members)
    name = max(names, key=lambda n: (names[n] > 1 or len(members) == 1, len(n.split()),
                                     _written_as_name(n), names[n], n))
    types = collections.Counter(e.type for e in members)
    entity_type = max(types, key=lambda t: (types[t], t))
    aliases = sorted({a for e in members for a in (e.name, *e.aliases)} - {name})
    return CanonicalEntity(canonical_id, name, entity_type, tuple(aliases), tuple(sorted(e.id for e in members)))
