"""Reading the phrases around a mention for relation extraction.

`Reading` maps each token of a parsed document to the entity it names and finds, for a mention,
the descriptor phrases that describe it: a title before the name, an apposition after or before
it, the complement of a copula or of a relative clause "who is ...", a parenthesis, and "the
<place noun> of X". `read_descriptor` splits such a phrase into its title words, the entities
named with it (owner, organisation, country) and the prepositional tail ("of Defence", "to Bamako").
"""
from __future__ import annotations

from dataclasses import dataclass

from claimgraph.extract.context import ParsedDocument
from claimgraph.extract.mentions import in_title_case_line
from claimgraph.extract.roles import is_title_word, place_for_demonym, title_kind
from claimgraph.ontology.lexicon import load_lexicon

PHRASE_BREAKS = frozenset({",", ";", "(", ")", "–", "—", ":", "\"", "“", "”"})
NOT_MEMBER_TYPES = ("GPE", "LOC", "NORP")
DATE_TYPES = ("DATE", "TIME")
# How far a title before a name may reach, in tokens ("the new Iraqi Deputy Prime Minister").
TITLE_REACH = 8
# How many modifiers may stand between an affiliation word and the entity it describes
# ("Iran-backed Shia militia group X").
MODIFIER_REACH = 4
KINDS_BEFORE_NAME = ("leader", "member", "ally", "proxy", "part")


@dataclass(frozen=True)
class Descriptor:
    """A phrase describing an entity, split into the parts relations are read from."""
    words: tuple[str, ...]                       # the title as written: ("Prime", "Minister")
    tail: str                                    # what follows the head noun: "of Defence"
    org: str | None                              # the organisation named with the title
    country: str | None                          # the owner's name, for a role's "of X"
    country_id: str | None                       # the place named with the title
    adjective: str | None                        # a nationality adjective matching no place
    after: tuple[tuple[str, str, str], ...]      # (preposition, entity id, type) in the tail
    start: int
    end: int
    in_part: bool = False                        # the post is in a part of the organisation ("of the Y's Z office")
    parent: str | None = None                    # the organisation owning the one named ("of Y's Z programme": Y)

    def entity_after(self, prepositions: frozenset[str], types: tuple[str, ...]) -> str | None:
        return next((e for p, e, t in self.after if p in prepositions and t in types), None)


class Reading:
    """Token-level look-ups over one parsed document: which entity each token names."""

    def __init__(self, parsed: ParsedDocument):
        self.doc = parsed.doc
        self.text = parsed.document.text   # the Doc's text, without rebuilding it from tokens
        self.types = {e.id: e.type for e in parsed.entities}
        self.names = {e.id: e.name for e in parsed.entities}
        self.places = {name.lower(): e.id for e in parsed.entities if e.type in ("GPE", "LOC")
                       for name in (e.name, *e.aliases)}
        self.token_entity: dict[int, str] = {}
        spans = []
        for m in parsed.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.entity_id not in self.types or span is None or not len(span):
                continue
            spans.append((m.entity_id, span))
            for token in span:
                self.token_entity.setdefault(token.i, m.entity_id)
        self.spans = tuple(spans)

    # ------------------------------------------------------------ entity look-ups
    def entity_at(self, i: int) -> str | None:
        return self.token_entity.get(i) if 0 <= i < len(self.doc) else None

    def is_organisation(self, entity_id: str) -> bool:
        """An organisation, or a name headed by an organisation's noun ("X Brigades") the model typed otherwise."""
        words = self.names[entity_id].split()
        return self.types[entity_id] == "ORG" or (
            self.types[entity_id] in ("PERSON", "FAC") and words[-1].lower() in load_lexicon().organisation_heads)

    def as_place(self, entity_id: str) -> str | None:
        """A nationality as the place it names; other entities as themselves. The model types
        some adjectives as places ("the Ukrainian city"), so a place whose name is the
        adjective of another, shorter place name is that place."""
        name = self.names[entity_id]
        others = {n: e for n, e in self.places.items() if e != entity_id and len(n) < len(name)}
        place = place_for_demonym(name, others) if self.types[entity_id] in ("NORP", "GPE") else None
        return place or (None if self.types[entity_id] == "NORP" else entity_id)

    def place_or_entity_at(self, i: int) -> str | None:
        entity_id = self.entity_at(i)
        return self.as_place(entity_id) if entity_id else None

    def entity_starting_after(self, i: int, types: tuple[str, ...] | None, skip_modifiers: bool = True):
        """(entity id, end token) of the entity heading the noun phrase at token i, if of one of types.

        With skip_modifiers, up to two adjectives, nationalities and possessors ("the Iranian
        regime's Y") may stand before it."""
        lexicon = load_lexicon()
        doc = self.doc
        skipped = 0
        while i < len(doc) and doc[i].text not in PHRASE_BREAKS:
            entity_id = self.entity_at(i)
            possessor = i + 1 < len(doc) and doc[i + 1].text in lexicon.possessive_marks
            modifier = (doc[i].pos_ == "ADJ" or possessor or doc[i].text in lexicon.possessive_marks
                        or entity_id is not None and self.types[entity_id] == "NORP")
            if doc[i].dep_ == "det" and entity_id is None:
                i += 1
            elif skip_modifiers and skipped < 3 and modifier and (entity_id is None or self.types[entity_id] == "NORP"):
                skipped, i = skipped + 1, i + 1
            else:
                break
        entity_id = self.entity_at(i)
        if entity_id is None or types is not None and self.types[entity_id] not in types:
            return None
        end = i
        while self.entity_at(end) == entity_id:
            end += 1
        return entity_id, end

    def entities_named_after(self, i: int, sponsor: str):
        """(entity id, end char) named after modifiers at token i: "militia X", "groups such as X, Y and Z"."""
        doc = self.doc
        skipped = 0
        while (i < len(doc) and skipped < MODIFIER_REACH and doc[i].lower_ != "such"
               and (self.entity_at(i) is None or self.types[self.entity_at(i)] == "NORP")
               and doc[i].pos_ in ("NOUN", "ADJ", "PROPN", "DET", "PUNCT") and doc[i].text not in PHRASE_BREAKS):
            skipped, i = skipped + 1, i + 1
        listed = i + 1 < len(doc) and doc[i].lower_ == "such" and doc[i + 1].lower_ == "as"
        i += 2 if listed else 0
        while i < len(doc):
            found = self.entity_starting_after(i, None, skip_modifiers=False)
            if found is None or found[0] == sponsor or self.types[found[0]] in NOT_MEMBER_TYPES:
                return
            yield found[0], doc[found[1] - 1].idx + len(doc[found[1] - 1])
            i = found[1]
            if not listed:
                return
            while i < len(doc) and doc[i].lower_ in (",", "and", "or"):
                i += 1

    def possessive_after(self, span) -> bool:
        """Whether a possessive mark follows a name: written against it ("Y's", "Y'"), and not
        closing a quotation in single quotes ("'Y' Z") nor opening one ("Y 'Z'")."""
        doc, lexicon = self.doc, load_lexicon()
        # the opening mark may stand before the name or, where the recogniser took it in, inside it
        quoted = any(t.text in lexicon.opening_single_quotes for t in doc[max(span.start - 1, 0): span.end])
        return (span.end < len(doc) and doc[span.end].text in lexicon.possessive_marks
                and not doc[span.end - 1].whitespace_ and not quoted)

    def _demonym_place(self, token) -> str | None:
        """The place a nationality adjective outside any entity names ("Iraqi" -> Iraq's id)."""
        if self.entity_at(token.i) is not None or not (token.tag_ == "JJ" or token.ent_type_ == "NORP"):
            return None
        return place_for_demonym(token.text, self.places) if token.text[:1].isupper() else None

    def _possessor(self, i: int) -> bool:
        """Whether the entity at token i is followed by a possessive mark ("the Y's")."""
        entity_id = self.entity_at(i)
        while self.entity_at(i + 1) == entity_id and entity_id is not None:
            i += 1
        return i + 1 < len(self.doc) and self.doc[i + 1].text in load_lexicon().possessive_marks

    def _possessed_entity(self, i: int) -> str | None:
        """The entity the entity at token i possesses ("the Y's Z": Z), or None when Y's thing is
        no entity ("the Y's human rights office": the office is Y's, and so is who works in it)."""
        entity_id = self.entity_at(i)
        while self.entity_at(i + 1) == entity_id:
            i += 1
        found = self.entity_starting_after(i + 2, None)
        if found:
            return found[0]
        # "Y's oil-rich Z region": the parser hangs the possessor on the possessed name's head
        head = self.doc[i].head
        while self.entity_at(head.i) is None and head.dep_ in ("compound", "amod") and head.head.i > head.i:
            head = head.head
        return self.entity_at(head.i) if head.i > i + 1 and self.entity_at(head.i) != entity_id else None

    def _office_entity(self, head) -> bool:
        """A head inside a name the recogniser took for an organisation but which is an office."""
        entity_id = self.entity_at(head.i)
        offices = load_lexicon().office_words
        return entity_id is not None and any(w.lower() in offices for w in self.names[entity_id].split())

    # ------------------------------------------------------------ descriptors
    def descriptors_of(self, span) -> list[Descriptor]:
        """Every phrase around a mention that describes it."""
        subject = self.token_entity.get(span.start)
        start = self._name_start(span)
        found = [self._title_before(start, span, subject), self._parenthesis(span, subject)]
        found += [self.read_descriptor(*self._phrase(head, stop), subject)
                  for head, stop in self._descriptor_heads(span, start)
                  if self.token_entity.get(head.i) != subject]   # "X (Y)", Y another name of X
        text = self.text
        # A descriptor across a line break is a headline or a byline beside the name, not a title;
        # in a headline every word is capitalised, so none looks like an office the more for it.
        if in_title_case_line(self.doc, span.start):
            return []
        return [d for d in found if d is not None
                and "\n" not in text[min(d.start, span.start_char): max(d.end, span.end_char)]]

    def _name_start(self, span) -> int:
        """The first token of the name itself, after any title the entity recogniser kept."""
        i = span.start
        while i < span.end - 1 and self.types.get(self.token_entity.get(i)) == "PERSON" \
                and is_title_word(self.doc[i].text):
            i += 1
        return i

    def _title_before(self, start: int, span, subject: str) -> Descriptor | None:
        """"Afghan Foreign Minister X", "Wagner commander X", "PKK commander, X", and a title
        with its own prepositional phrase: "Governor of Varnek Province X", "the UN Special
        Envoy for Y X", "Minister for Defence X"."""
        doc, first = self.doc, span.sent.start
        j = start - 1
        if j - 1 > first and doc[j].text == "," and title_kind([doc[j - 1].text]) in ("leader", "member"):
            j -= 1
        tokens, head = [], None
        while j >= first and len(tokens) < TITLE_REACH:
            t = doc[j]
            other_entity = self.entity_at(j) not in (None, subject)
            capitalised = t.text[:1].isupper() and j != first and t.pos_ in ("PROPN", "ADJ", "NOUN")
            possessor = j + 1 < len(doc) and doc[j + 1].tag_ == "POS"
            # "regional administration head X": the post's own words modify the title noun
            modifier = (tokens and t.pos_ in ("NOUN", "ADJ") and t.dep_ in ("compound", "amod")
                        and tokens[0].i <= t.head.i < start)
            # A title reaches over a prepositional phrase to a person's name ("head of the Y Z" is no
            # title of Z) when the phrase names no post of its own ("spokesman for the Y President X":
            # X is the President).
            title_tail = tokens and head is None and self.types.get(subject) == "PERSON" \
                and tokens[-1].tag_ != "POS" and not any(self._names_post(w) for w in tokens) \
                and self._opens_title_tail(j, first)
            hyphenated = tokens and tokens[0].text == "-" and not t.whitespace_   # "Under-Secretary"
            if not (other_entity or possessor or t.tag_ == "POS" or t.text == "-" or is_title_word(t.text)
                    or capitalised or modifier or title_tail or hyphenated):
                break
            if title_tail and t.lower_ in load_lexicon().title_prepositions:
                head = doc[j - 1]
            tokens.insert(0, t)
            j -= 1
        head = head or (tokens[-1] if tokens else None)
        if head is None or (head is tokens[-1] and self.entity_at(head.i) not in (None, subject)) \
                or not is_title_word(head.text):
            return None
        return self.read_descriptor(tokens, head, subject)

    def _opens_title_tail(self, j: int, first: int) -> bool:
        """Whether token j opens the prepositional phrase of a title before a name: "of" in
        "Minister of State X", or "the" in "head of the Y X" — a title noun stands before it."""
        doc, lexicon = self.doc, load_lexicon()
        if doc[j].dep_ == "det" and j - 1 > first and doc[j - 1].lower_ in lexicon.title_prepositions:
            j -= 1
        if doc[j].lower_ not in lexicon.title_prepositions or j - 1 < first:
            return False
        return self.entity_at(j - 1) is None and self._names_post(doc[j - 1])

    @staticmethod
    def _names_post(token) -> bool:
        """Whether a word names a post someone holds: a leader's or member's noun, or an office."""
        return title_kind([token.text]) in KINDS_BEFORE_NAME or token.lower_ in load_lexicon().office_words

    def _parenthesis(self, span, subject: str) -> Descriptor | None:
        """"X (Minister of Defence)", "X (an Afghan city)"."""
        doc = self.doc
        if span.end >= len(doc) or doc[span.end].text != "(":
            return None
        close = next((k for k in range(span.end + 1, min(len(doc), span.end + 14)) if doc[k].text == ")"), None)
        if close is None or close == span.end + 1 or any(
                self.token_entity.get(k) == subject for k in range(span.end + 1, close)):
            return None                     # "X (Y)" where Y is another name of X: no description
        inner = list(doc[span.end + 1: close])
        inner = inner[: next((k for k, t in enumerate(inner) if t.text in PHRASE_BREAKS), len(inner))]
        if not inner:
            return None
        heads = [t for t in inner if not span.end < t.head.i < close or t.head == t]
        head = next((t for t in heads if t.pos_ in ("NOUN", "PROPN")), heads[0] if heads else inner[-1])
        return self.read_descriptor([t for t in inner if t.dep_ != "det" or t.i > head.i], head, subject)

    def _descriptor_heads(self, span, start: int) -> list[tuple]:
        """(head noun, token to stop before) of each apposition, copula or relative-clause complement."""
        doc, root = self.doc, span.root
        heads: list = []
        for child in root.rights:
            if child.i < span.end:
                continue
            if child.dep_ == "appos":
                heads.append(child)
            elif child.dep_ == "relcl" and child.lemma_ == "be":
                heads += [a for a in child.children if a.dep_ == "attr"]
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            heads += [a for a in root.head.rights if a.dep_ == "attr" and a.i > root.i]
        dashed = self._title_after_dash(span.end)
        if dashed is not None and dashed not in heads:
            heads.append(dashed)
        heads += [c for h in heads for c in h.conjuncts if c.i > h.i]
        pairs = [(h, None) for h in heads]
        of = root.head
        if root.dep_ == "pobj" and of.lower_ == "of" and of.head.i < of.i and title_kind([of.head.text]) == "place":
            pairs.append((of.head, of.i))
        before = start - 1
        if before - 1 >= span.sent.start and doc[before].text in (",", ";", "–", "—"):
            title = self._title_noun_before(before, span.sent.start)
            if title is not None:
                pairs.append((title, before))
            elif root.dep_ == "appos" and root.head.i < before and self.entity_at(root.head.i) is None \
                    and self._names_post(root.head):
                # "the coordinator of a relief network founded after the floods, X": a title too long
                # to walk back over, which the parser hangs the name on; its clause is no part of it
                clause = next((t.i for t in root.head.subtree if t.dep_ in ("acl", "relcl") and t.i < before), before)
                pairs.append((root.head, clause))
        return pairs

    def _title_after_dash(self, i: int):
        """The title noun of a phrase set off by a dash after a name, which the parser often
        reads as a compound: "X - part of Y -", "X – the leader of Y"."""
        doc = self.doc
        if i >= len(doc) or not self._is_dash(doc[i]):
            return None
        i += 1
        while i < len(doc) and doc[i].dep_ == "det":
            i += 1
        return doc[i] if i < len(doc) and self.entity_at(i) is None and title_kind([doc[i].text]) else None

    def _is_dash(self, token) -> bool:
        """A dash, or a hyphen standing apart with spaces on both sides ("X - part of Y")."""
        spaced = token.text == "-" and token.whitespace_ and token.i > 0 and self.doc[token.i - 1].whitespace_
        return token.text in ("–", "—") or bool(spaced)

    def _title_noun_before(self, end: int, first: int):
        """The title noun of a phrase ending before token end: "the head of the Y's Z" from "Z"."""
        for j in range(end - 1, max(first, end - TITLE_REACH - 4) - 1, -1):
            t = self.doc[j]
            if self.entity_at(j) is None and title_kind([t.text]) in KINDS_BEFORE_NAME:
                return t
            inside = (self.entity_at(j) is not None or t.text in load_lexicon().possessive_marks or t.dep_ == "det"
                      or t.lower_ in load_lexicon().title_prepositions or t.pos_ in ("ADJ", "PROPN")
                      or t.pos_ == "NOUN" and t.is_lower)   # "the head of the Y's human rights office, X"
            if not inside:
                return None
        return None

    def _phrase(self, head, stop: int | None) -> tuple[list, object]:
        """The noun phrase of a descriptor head, up to stop when given, else its left modifiers
        and prepositional tail; and the head, extended over a hyphenated word ("Co-Chairman")."""
        doc = self.doc
        while head.i + 2 < len(doc) and doc[head.i + 1].text == "-" and not head.whitespace_ \
                and not doc[head.i + 1].whitespace_:
            head = doc[head.i + 2]
        hyphen = doc[head.i - 1].text == "-" and not self._is_dash(doc[head.i - 1])
        left = min(head.left_edge.i, doc[head.i - 2].left_edge.i if hyphen else head.i)
        left = max([left] + [k + 1 for k in range(left, head.i) if self._is_dash(doc[k])])
        while left < head.i and (doc[left].dep_ == "det" or doc[left].text in PHRASE_BREAKS):
            left += 1
        if stop is not None:
            return list(doc[left: stop]), head
        right = max([head.i] + [c.right_edge.i for c in head.rights if c.dep_ == "prep"])
        for k in range(head.i + 1, right + 1):
            new_phrase = doc[k].lower_ in load_lexicon().coordinators and k + 1 < len(doc) and doc[k + 1].dep_ == "det"
            if doc[k].text in PHRASE_BREAKS or new_phrase or self._is_dash(doc[k]):
                right = k - 1
                break
        possessed = self.entity_starting_after(right + 2, None, skip_modifiers=False) \
            if self.entity_at(right) and self._possessor(right) else None
        if possessed:                          # the parser often leaves "the Y's Z" as "the Y"
            right = possessed[1] - 1
        return list(doc[left: right + 1]), head

    def read_descriptor(self, tokens: list, head, subject: str | None) -> Descriptor | None:
        """Split a descriptor phrase: owner ("the regime's"), named entities, title words, tail."""
        lexicon = load_lexicon()
        pre = [t for t in tokens if t.i <= head.i]
        post = [t for t in tokens if t.i > head.i]
        cut = max((k for k, t in enumerate(pre) if t.text in lexicon.possessive_marks or t.tag_ == "POS"), default=-1)

        def named(t) -> str | None:
            entity_id = self.entity_at(t.i)
            # The model sometimes takes a title word for a name ("Supreme" as an organisation).
            if entity_id == subject or entity_id and is_title_word(self.names[entity_id]):
                return None
            return entity_id

        last_named = max((k for k, t in enumerate(pre) if k > cut and named(t)), default=cut)
        # determiners and possessive pronouns ("whose former chief") are no words of the title
        # nor is a date under a post ("X (@x) 3 May")
        word_tokens = [t for t in pre[last_named + 1:]
                       if t.dep_ != "det" and t.tag_ not in ("WP$", "PRP$") and t.text not in PHRASE_BREAKS
                       and t.ent_type_ not in DATE_TYPES]
        # A nationality adjective no entity covers still names a country ("Iraqi Prime Minister").
        adjectives = [t for t in pre[: last_named + 1] if not named(t) and self._demonym_place(t)]
        leading = 0
        while leading < len(word_tokens) - 1 and (word_tokens[leading].lower_ in lexicon.dropped_modifiers
                                                  or self._demonym_place(word_tokens[leading])):
            if self._demonym_place(word_tokens[leading]):
                adjectives.append(word_tokens.pop(leading))
            else:
                leading += 1
        if not word_tokens and self._office_entity(head) and self.types.get(subject) == "PERSON":
            word_tokens = [t for t in pre if t.dep_ != "det"]      # "X was the Independent Reviewer of Y"
        if not word_tokens or not tokens:
            return None
        words = tuple("".join(t.text_with_ws for t in word_tokens).split())
        owners = list(dict.fromkeys(named(t) for t in pre[: last_named + 1] if named(t)))
        org = next((e for e in reversed(owners) if self.is_organisation(e)), None)
        country_id = adjective = country = None
        for entity_id in reversed(owners):
            place = self.as_place(entity_id)
            if place is None:
                adjective = adjective or self.names[entity_id]
            elif self.types[place] in ("GPE", "LOC"):
                country_id = country_id or place
        if owners:
            last = self.as_place(owners[-1])
            country = self.names[last] if last else None
        if adjectives and not country:
            country_id = country_id or self._demonym_place(adjectives[-1])
            country = self.names[self._demonym_place(adjectives[-1])]
        after, preposition, in_part, parent = [], "", False, None
        for t in post:
            if t.dep_ == "prep" or t.tag_ == "IN":
                preposition = t.lower_
            elif named(t) and self._possessor(t.i) and self._possessed_entity(t.i):
                if parent is None and self.is_organisation(named(t)):
                    parent = named(t)
                continue                            # "of the Y's Z": Z, not the possessor Y
            elif named(t) and (preposition, named(t), self.types[named(t)]) not in after:
                after.append((preposition, named(t), self.types[named(t)]))
                in_part = in_part or self._possessor(t.i)
        org = org or next((e for p, e, _ in after
                           if p in load_lexicon().membership_prepositions and self.is_organisation(e)), None)
        country_id = country_id or next((e for p, e, ty in after if p == "of" and ty in ("GPE", "LOC")), None)
        tail = self.text[post[0].idx: post[-1].idx + len(post[-1])] if post else ""
        return Descriptor(words, " ".join(tail.split()), org, country, country_id, adjective,
                          tuple(after), tokens[0].idx, tokens[-1].idx + len(tokens[-1]), in_part,
                          parent if org and org != parent else None)
