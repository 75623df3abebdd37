"""Who did it, to whom, and where: an event trigger's actors, targets and location from the parse.

Actors: the subject of an active verb, the "by" agent of a passive one, the possessor or a name
modifying a noun trigger ("the militia's attack", "Malian Army raid", "a U.S. drone strike": a
country acts, a town is where it happened), the subject of the light verb carrying it ("launched
an attack"), the ordered party of a control verb ("ordered X to attack": X), the subject shared
by coordinated verbs, and the noun a relative clause or participle hangs on ("militias, which
attacked ..."). Targets: objects, passive subjects, and the objects of "on", "against", "at"
(and "with" for meetings and deals), whoever takes part in an act the trigger only speaks of
("demanded that X withdraw"), for giving and sending the recipient rather than the goods ("sent
troops to X", even when the parser hangs "to X" on the troops), and for a material act aimed at
no one named, its place. Whoever prevents an act ("sent peacekeepers to prevent a massacre") is
never its actor. Location: the most specific place stated around the trigger: a facility before
a region before a country.

A personal pronoun subject stands for the subject of the clause that reports it ("X said it
would withdraw": X); any other "he", "she", "him" or "her" for the one person named just before
it (ParsedDocument.person_antecedent); "the group", "the militia" for the organisation named
last (ParsedDocument.organisation_antecedent). The subject of a passive raising or control verb
does what follows it ("X is expected to visit", "X was forced to withdraw"). A promise, threat,
demand or refusal targets whoever the act it speaks of is aimed at, given to or done with
("threatened to cut power to X", "agreed to talks with X"). A visit's target is the place
visited: the manual's host of a visit.

Each argument phrase is resolved to document entities over its head and name modifiers, then its
appositions and conjuncts, then an "of" phrase ("residents of Camp X"). A definite common noun
naming nothing stands for the nearest name before it that holds its word ("Camp X ... shells
fell on the camp": Camp X).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from claimgraph.ontology.name_vocabulary import vocabulary
from claimgraph.extract.trace import fired
from claimgraph.model import GROUP
from claimgraph.ontology import load_plover
from claimgraph.ontology import gazetteer
from claimgraph.ontology.lexicon import load_lexicon

# Arcs over which a pronoun subject's clause is reported by the clause above it.
REPORTED_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj"})
# Arcs from a wrapper to the act it speaks of when that act is no trigger ("threatened to resume X").
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
NAME_PARTS = ("compound", "flat", "amod", "nmod", "poss")
PLACE_LABELS = {"FAC": 0, "LOC": 1, "GPE": 2}   # most specific first
# Names a definite common noun may refer back to by one of their words ("the camp", "the ministry").
NAMED_ANTECEDENT_LABELS = frozenset({"FAC", "LOC", "GPE", "ORG"})
# Labels of things that act or are acted upon (dates, numbers and amounts are neither).
PARTICIPANT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "GROUP"})


@dataclass(frozen=True)
class Argument:
    entity_id: str
    label: str
    token_i: int
    depth: int = 0          # arcs below the clause head, for places: nearer the verb is likelier


@dataclass(frozen=True)
class RoleTokens:
    """The heads of the phrases naming a trigger's participants, before they are resolved."""
    actors: tuple = ()
    targets: tuple = ()
    modifiers: tuple = ()   # name modifiers of a noun trigger: its actor, or where it happened

    def __add__(self, other: "RoleTokens") -> "RoleTokens":
        return RoleTokens(self.actors + other.actors, self.targets + other.targets,
                          self.modifiers + other.modifiers)


@dataclass(frozen=True)
class Roles:
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    location: str | None
    stated_location: str | None = None   # the place stated in the trigger's own clauses, if any


def phrase_entities(parsed, token, seen: frozenset = frozenset()) -> list[Argument]:
    """Entities a noun phrase names: its head with name modifiers, appositions, conjuncts, "of"."""
    if token.i in seen:
        return []
    seen = seen | {token.i}
    if token.lower_ in load_lexicon().relative_pronouns and token.head.dep_ == "relcl":
        if _event_told_of_place(parsed, token.head):
            fired("argument:relative_clause_on_event")
            return []
        return phrase_entities(parsed, token.head.head, seen)
    parts = [c for c in token.children if c.dep_ in NAME_PARTS and c.i < token.i]
    start = min([token.idx] + [c.left_edge.idx for c in parts])
    found = []
    mention = parsed.mention_in(start, token.idx + len(token.text))
    if mention is None and _definite_common_noun(token):
        mention = _noted(parsed.named_antecedent(token.lemma_, token.idx, NAMED_ANTECEDENT_LABELS),
                         "argument:definite_noun_antecedent")
    if (mention is None or mention.label == GROUP) and _definite_common_noun(token) \
            and token.lemma_ in vocabulary().org_kinds:
        # "the group", "the militia": the organisation just named, if any
        mention = _noted(parsed.organisation_antecedent(token.idx), "argument:organisation_antecedent") or mention
    if mention is None and token.pos_ == "PRON":
        mention = _noted(parsed.person_antecedent(token), "argument:person_antecedent")
    if mention is not None:
        # the entity's type, voted over all its mentions, not this mention's guess
        entity = parsed.entity_by_id.get(mention.entity_id)
        label = entity.type if entity is not None else mention.label
        if label in PARTICIPANT_LABELS:
            found.append(Argument(mention.entity_id, label, token.i))
    for child in token.children:
        # a role in apposition to a name describes it ("X, senior Sahel researcher at Y"): its
        # words name no further participant
        if child.dep_ == "conj" or (child.dep_ == "appos" and (not found or child.pos_ == "PROPN")):
            found += phrase_entities(parsed, child, seen)
    if not found:
        for child in token.children:
            # "residents of X"; "a spokesman for X" acts for X
            if child.dep_ == "prep" and (child.lower_ == "of" or (
                    child.lower_ == "for" and token.lemma_.lower() in load_lexicon().speaking_for_nouns)):
                found += [a for g in child.children if g.dep_ == "pobj"
                          for a in phrase_entities(parsed, g, seen)]
    return found


def _event_told_of_place(parsed, clause) -> bool:
    """Whether a relative clause hung on a place tells of the event the place's phrase belongs
    to ("the raid near X, which wounded 12"): its verb reads the type of an event
    noun above the place, and the place, no doer of it, is no actor."""
    place = clause.head
    reading = load_plover().verb(clause.lemma_)
    mention = parsed.mention_in(place.idx, place.idx + len(place.text))
    entity = parsed.entity_by_id.get(mention.entity_id) if mention is not None else None
    if reading is None or entity is None or entity.type not in PLACE_LABELS:
        return False
    node = place
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "NOUN" and (load_plover().noun(node.lemma_) or (None,))[0] == reading[0]:
            return True
    return False


def _noted(found, rule: str):
    """`found` as it is, recording the rule when it found something."""
    if found:
        fired(rule)
    return found


def _definite_common_noun(token) -> bool:
    """ "the camp", "this ministry": a common noun that may stand for a name written before it."""
    return (token.pos_ == "NOUN" and token.is_lower and not any(c.dep_ in NAME_PARTS for c in token.children)
            and any(c.dep_ == "det" and c.lower_ in load_lexicon().anaphoric_determiners for c in token.children))


def pobjs(token, preps) -> list:
    """The objects of a token's prepositions among `preps` ("attack on X" -> X). The parser
    labels a recipient's "to" dative ("sent troops to X"); it is a preposition all the same."""
    return [g for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def verb_actor_tokens(verb, depth: int = 0) -> list:
    """Tokens naming who does what a verb says, following control, coordination and clauses."""
    lexicon = load_lexicon()
    if _misread_finite(verb):
        fired("argument:misread_participle_subject")
        return [verb.head]
    subjects = _noted([c for c in verb.children if c.dep_ in ("nsubj", "csubj")], "argument:subject")
    subjects += _noted([g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"],
                       "argument:passive_by_agent")
    # a passive clause with its own subject and no agent names no actor: it shares none with the
    # clause it is joined to ("X condemned the attack and five were injured")
    if subjects or depth > 3 or any(c.dep_ == "nsubjpass" for c in verb.children):
        return [_antecedent(s) for s in subjects]
    head = verb.head
    if _passive_complement(verb):
        return []   # "no civilians were reported killed": they suffered it
    if verb.dep_ == "xcomp":
        # "X is expected to visit", "X was forced to withdraw": the passive's subject does it
        passive_subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
        if passive_subjects:
            fired("argument:raised_passive_subject")
            return [_antecedent(c) for c in passive_subjects]
        if head.lemma_.lower() in lexicon.object_control_verbs:
            objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            if objects:
                fired(f"argument:object_control_verbs.{head.lemma_.lower()}")
                return objects
        fired("argument:controlling_verb_subject")
        return verb_actor_tokens(head, depth + 1)
    if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        fired("argument:shared_subject")
        return verb_actor_tokens(head, depth + 1)
    if verb.dep_ == "pcomp" and head.lower_ in lexicon.gerund_prepositions:
        # "accused X of attacking", "stopped X from attacking", "X was accused of attacking":
        # X would do it (the parser hangs the preposition on the verb or on X)
        host = head.head
        if host.dep_ == "dobj" and host.pos_ in ("NOUN", "PROPN"):
            fired("argument:gerund_object")
            return [host]
        if host.pos_ == "VERB":
            objects = [c for c in host.children if c.dep_ in ("dobj", "nsubjpass")]
            if objects:
                fired("argument:gerund_object")
                return objects
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBG":
        fired("argument:participle_head")
        return [head]
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "a decision by X to pause", "X's plan to withdraw": whose the decision is does it
        deciders = pobjs(head, {"by"}) + [c for c in head.children if c.dep_ == "poss"]
        return _noted([_antecedent(d) for d in deciders], "argument:infinitive_of_noun_owner")
    return []


def _antecedent(token):
    """The subject a personal pronoun subject stands for: that of the clause reporting its own
    ("X announced that it would withdraw"), else the pronoun itself."""
    lexicon = load_lexicon()
    if token.lower_ not in lexicon.subject_pronouns or token.dep_ not in ("nsubj", "nsubjpass"):
        return token
    node = token.head
    for _ in range(3):
        if node.dep_ not in REPORTED_DEPS or node.head.i == node.i:
            break
        node = node.head
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.lower_ not in lexicon.subject_pronouns and c.pos_ in ("NOUN", "PROPN")]
        if subjects and _quoted_apart(token, node) and token.lower_ not in lexicon.first_person_pronouns:
            return token   # '"They shot everyone," a survivor said': they are not the survivor
        if subjects:
            fired("argument:pronoun_is_reporting_subject")
            return subjects[0]
    return token


def _quoted_apart(token, verb) -> bool:
    """Whether a quotation mark stands between a word and the verb reporting it: a direct quote."""
    low, high = sorted((token.i, verb.i))
    return any(t.is_quote for t in token.doc[low:high])


def _aimed_at(act) -> list:
    """Whoever an act is aimed at, given to or done with: its objects, and the "to", "for",
    "with", "on", "against" objects of the act and of its objects ("cut power to X", "break
    relations with X")."""
    lexicon = load_lexicon()
    preps = lexicon.target_prepositions | lexicon.recipient_prepositions | lexicon.partner_prepositions
    objects = [c for c in act.children if c.dep_ in ("dobj", "dative")] if act.pos_ in ("VERB", "AUX") else []
    return objects + pobjs(act, preps) + [g for o in objects for g in pobjs(o, preps)]


def _verb_target_tokens(verb, type_name: str) -> list:
    lexicon = load_lexicon()
    recipients = _recipients(verb) if type_name in load_plover().giving_types else []
    if recipients:   # "shipped rockets to X": the object is the goods, X the recipient
        fired("argument:recipient")
        return recipients + [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    targets = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    for rule in dict.fromkeys("argument:passive_subject" if c.dep_ == "nsubjpass" else "argument:object"
                              for c in targets):
        fired(rule)
    targets += _noted(pobjs(verb, lexicon.target_prepositions), "argument:target_preposition")
    if type_name in load_plover().partner_types:
        targets += _noted(pobjs(verb, lexicon.partner_prepositions), "argument:partner_with")
    if type_name in load_plover().disputing_types:
        # "held X responsible": the parser may make X the subject of the adjective
        targets += _noted([s for c in verb.children if c.dep_ in ("ccomp", "oprd") and c.pos_ == "ADJ"
                           for s in c.children if s.dep_ == "nsubj"], "argument:complement_subject")
        targets += _noted([p for t in targets for p in _parties_spoken_of(t)], "argument:party_spoken_of")
        targets += _noted(_alleged_of_host(verb), "argument:alleged_of_host")
        targets += _noted(_ascribed_through_object(verb), "argument:ascribed_through_object")
        passive = any(c.dep_ == "auxpass" for c in verb.children) or (
            verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" and not _misread_finite(verb))
        if not passive:   # "blamed it on a failed launch by X": the parser hangs "by X" on the verb
            targets += _noted([g for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                               for g in c.children if g.dep_ == "pobj"], "argument:party_spoken_of")
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" and not _misread_finite(verb):
        fired("argument:participle_head_target")
        targets.append(verb.head)   # "the camp attacked by ..."
    if _passive_complement(verb):
        targets += [c for c in verb.head.children if c.dep_ == "nsubjpass"]   # "were reported killed"
    return targets


def _parties_spoken_of(noun) -> list:
    """Whom an accusation or a denial is aimed at through the account or act it speaks of: the
    account's source ("dismissed claims of a role by X", "rejected X's report"), whoever
    the account says acted ("rejected claims that X was behind the attack"), the doer of the act
    blamed ("blamed it on a failed launch by X")."""
    if noun.pos_ != "NOUN":   # a name's possessive is part of it ("the People's Front")
        return []
    heads = [noun] + pobjs(noun, frozenset({"of"}))
    found = [c for h in heads for c in h.children if c.dep_ == "poss"]
    found += [g for h in heads for g in pobjs(h, load_lexicon().source_prepositions)]
    for clause in (c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")):
        found += _doers(clause)
    return found


def _doers(clause) -> list:
    """Who a clause says acted: its active subject, its passive's "by" agent."""
    return ([c for c in clause.children if c.dep_ == "nsubj"]
            + [g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"])


def _ascribed_through_object(verb) -> list:
    """ "the army blamed the raid on X": whom an ascribing verb lays its object on is blamed,
    where the parser hangs "on X" on the object rather than on the verb."""
    preposition = load_lexicon().ascribing_verbs.get(verb.lemma_.lower())
    if preposition is None:
        return []
    return [g for o in verb.children if o.dep_ == "dobj" for g in pobjs(o, frozenset({preposition}))]


def _alleged_of_host(verb) -> list:
    """ "X denied that the army carried out a massacre, as the envoy alleged": an accusation in a
    clause of conformity accuses whoever its host's reported clause says acted (the army)."""
    lexicon = load_lexicon()
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in lexicon.conformative_marks
                                       for c in verb.children):
        return []
    host = verb.head   # the reported clause itself, or the denial reporting it
    clauses = [host] if host.dep_ == "ccomp" else [c for c in host.children if c.dep_ == "ccomp"]
    return [d for clause in clauses for d in _doers(clause)]


def _misread_finite(verb) -> bool:
    """A statement verb the parser read as a participle on the noun before it that is in truth
    that noun's own verb: "The army denied carrying out the raid, sources said", "The ministry
    blamed on a failed launch" (a copy's dropped object). A passive statement participle takes
    no gerund or "that" clause, and nothing but an event is blamed on someone."""
    lexicon = load_lexicon()
    head, lemma = verb.head, verb.lemma_.lower()
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return False
    if lemma in lexicon.speech_verbs and any(c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" or c.dep_ == "ccomp"
                                             for c in verb.children):
        return True
    return (lemma in lexicon.ascribing_verbs and bool(pobjs(verb, frozenset({lexicon.ascribing_verbs[lemma]})))
            and load_plover().noun(head.lemma_) is None)


def _passive_complement(verb) -> bool:
    """A bare participle complementing a passive verb: "three journalists were reported wounded"."""
    return (verb.dep_ in ("xcomp", "oprd") and verb.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and any(c.dep_ == "nsubjpass" for c in verb.head.children))


def _recipients(verb) -> list:
    """Whom a giving verb gives to: its "to" and "for" objects, and a "to" object the parser hung
    on the goods ("sent advisers as well as units to X": X)."""
    goods = [c for c in verb.children if c.dep_ == "dobj"]
    goods += [c for g in goods for c in g.conjuncts]
    return pobjs(verb, load_lexicon().recipient_prepositions) + [g for o in goods for g in pobjs(o, frozenset({"to"}))]


def _carrier(noun):
    """The verb whose object or subject a noun trigger is ("launched an attack")."""
    if noun.dep_ in ("dobj", "nsubjpass", "attr", "nsubj") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    return None


def _noun_role_tokens(noun, type_name: str) -> RoleTokens:
    """The phrase heads naming a noun trigger's participants."""
    lexicon = load_lexicon()
    actors, targets = [], []
    actors += _noted([c for c in noun.children if c.dep_ == "poss"], "argument:possessor")
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    actors += _noted(pobjs(noun, frozenset({"by", "from"})), "argument:by_phrase")
    actors += _noted(_ascribed_doers(noun), "argument:ascribed_doer")
    partner = lexicon.partner_prepositions if type_name in load_plover().partner_types else frozenset()
    targets += _noted(pobjs(noun, lexicon.target_prepositions | partner), "argument:target_preposition")
    if type_name in load_plover().giving_types or type_name in load_plover().wrapper_types:
        targets += _noted(pobjs(noun, lexicon.recipient_prepositions), "argument:recipient")    # "aid to X", "an ultimatum to X"
    of_target = type_name in load_plover().of_target_types
    (targets if of_target else actors).extend(
        _noted(pobjs(noun, frozenset({"of"})), "argument:of_target" if of_target else "argument:of_actor"))
    if type_name in load_plover().disputing_types:   # "the rejection of the UN's account": aimed at the UN
        targets += _noted([p for t in pobjs(noun, frozenset({"of"})) for p in _parties_spoken_of(t)],
                          "argument:party_spoken_of")
    carrier = _carrier(noun)
    ascribing = lexicon.ascribing_verbs
    if carrier is not None and noun.dep_ == "dobj" and carrier.lemma_.lower() in ascribing:
        # "the government blamed the attack on X": X did it, by the government's account (the
        # parser may hang "on X" on the attack)
        preposition = frozenset({ascribing[carrier.lemma_.lower()]})
        ascribed = pobjs(carrier, preposition) + pobjs(noun, preposition)
        actors += ascribed
        targets = [t for t in targets if t not in ascribed]
    if carrier is not None and noun.dep_ == "nsubjpass" and carrier.lemma_.lower() in lexicon.doing_participles:
        # "the attack was carried out by X": X did it
        actors += _noted([g for c in carrier.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"],
                         "argument:passive_doer")
    # whoever found the bodies did not kill them
    if carrier is not None and noun.dep_ == "dobj" and carrier.lemma_.lower() in lexicon.receiving_verbs:
        fired(f"argument:receiving_verbs.{carrier.lemma_.lower()}")
        targets += verb_actor_tokens(carrier)   # "millions need food aid": they would receive it
        actors += pobjs(carrier, frozenset({"from"}))   # "received aid from X": X gave it
    elif (carrier is not None and noun.dep_ in ("dobj", "attr") and _carries(carrier, type_name)
            and noun.lemma_.lower() not in load_plover().remains_nouns):
        fired(f"argument:carrying_verb.{carrier.lemma_.lower()}")
        actors += verb_actor_tokens(carrier)
        targets += pobjs(carrier, lexicon.target_prepositions)
    return RoleTokens(tuple(actors), tuple(targets), tuple(modifiers))


def _ascribed_doers(noun) -> list:
    """Whoever a participle on an event noun says did it: "an attack blamed on X", "the raid
    claimed by X", "the strike, carried out by X" (but "blamed by Y on X": Y only blames)."""
    lexicon = load_lexicon()
    found = []
    for participle in noun.children:
        if participle.dep_ != "acl" or participle.tag_ != "VBN":
            continue
        lemma = participle.lemma_.lower()
        if lemma in lexicon.ascribing_verbs:
            found += pobjs(participle, frozenset({lexicon.ascribing_verbs[lemma]}))
        elif lemma in lexicon.doing_participles:
            found += [g for c in participle.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return found


def role_tokens(members, type_name: str, wrapped=()) -> RoleTokens:
    """The heads of the phrases naming the actors and targets of one trigger group. Whoever
    takes part in an act the group only speaks of is its target: "demanded that the army
    withdraw from X" targets the army and X ("agreed to withdraw": the actor is excluded later)."""
    found = RoleTokens()
    wrapper = type_name in load_plover().wrapper_types
    acts = {token.i for token, _ in wrapped}
    for token in members:
        found = found + _token_roles(token, type_name)
        if wrapper:   # an act the trigger speaks of that is no trigger itself ("threatened to resume X")
            for comp in token.children:
                if comp.dep_ in COMPLEMENT_DEPS and comp.pos_ in ("VERB", "AUX") and comp.i not in acts:
                    subjects = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
                    found = found + RoleTokens(targets=tuple(_noted(subjects + _aimed_at(comp),
                                                                    "argument:spoken_act_participants")))
    for token, act_type in wrapped:
        fired("argument:spoken_act_participants")
        act = _token_roles(token, act_type)
        found = found + RoleTokens(targets=act.actors + act.targets + tuple(_aimed_at(token)))
    return found


def _token_roles(token, type_name: str) -> RoleTokens:
    account = disputed_account(token)
    if account is not None:   # "these accusations are baseless, X said": X rejects whoever made them
        fired("argument:disputed_account")
        return RoleTokens(tuple(_speakers(_first_conjunct(token.head))), tuple(_parties_spoken_of(account)))
    if predicative_infinitive(token):
        fired("argument:predicative_infinitive")
        copula = token.head
        return RoleTokens(tuple(_speakers(copula)),
                          tuple(c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")))
    if token.pos_ == "ADJ":   # "X is willing to ...": the copula's subject
        return RoleTokens(tuple(verb_actor_tokens(token.head)))
    if token.pos_ == "VERB":
        return RoleTokens(tuple(verb_actor_tokens(token)), tuple(_verb_target_tokens(token, type_name)))
    return _noun_role_tokens(token, type_name)


def predicative_infinitive(token) -> bool:
    """ "X is to blame": an infinitive after a copula that says what its subject is, not a plan
    (lexicon verbs.predicative_infinitives)."""
    return (token.pos_ == "VERB" and token.dep_ == "xcomp" and token.head.lemma_ == "be"
            and token.lemma_.lower() in load_lexicon().predicative_infinitives
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children))


def disputed_account(token):
    """The account a copula's complement calls false, overstated or unacceptable ("these
    accusations are baseless": accusations), or None."""
    if not _disputing_complement(token):
        return None
    first = _first_conjunct(token.head)
    # "are a fabrication and are untrue": one rejection, said by the first such word
    earlier = [w for v in [first] + list(first.conjuncts) if v.i < token.head.i
               for w in v.children if _disputing_complement(w)]
    return None if earlier else next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")
                                      and c.lemma_.lower() in load_lexicon().account_nouns), None)


def _disputing_complement(token) -> bool:
    lexicon = load_lexicon()
    return (token.dep_ in ("acomp", "attr") and token.head.lemma_ == "be" and token.lemma_.lower() in (
        lexicon.falsity_words | lexicon.overstatement_words | lexicon.dismissive_words))


def _first_conjunct(verb):
    """ "X are a fabrication and are baseless": the first of coordinated verbs, which holds their subject."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _speakers(clause) -> list:
    """Who says a clause: the subject of the speech verb it is the complement of ("X says Y is
    to blame"), or of one reporting it after it ("Y is to blame, X said")."""
    speech = load_lexicon().speech_verbs
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in speech:
        return verb_actor_tokens(clause.head)
    return [s for c in clause.children if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in speech
            for s in c.children if s.dep_ == "nsubj"]


def _carries(verb, type_name: str) -> bool:
    """Whether a verb's subject does what its object noun says: a light verb ("launched an
    attack") or a plain one ("saw fighting"), not a verb reporting another event about it
    ("condemned the attack", "demanded the release")."""
    plover = load_plover()
    lemma = verb.lemma_.lower()
    if lemma in load_lexicon().preventing_verbs:
        return False
    found = plover.verb(lemma)
    return lemma in plover.light_verbs or found is None or found[0] == type_name


def _visit(members) -> bool:
    """Whether a trigger group reports a visit, whose place visited is its host (the manual's
    CONSULT mode visit: "recipient is hosting")."""
    plover = load_plover()
    return any((plover.verb(m.lemma_) if m.pos_ == "VERB" else plover.noun(m.lemma_)) in plover.hosting_readings
               for m in members)


def clause_of(trigger):
    """The clause head whose subtree holds the trigger's dates, places and weapons: the trigger
    itself, or for a noun the verb carrying it or governing its preposition ("killed in an attack")."""
    if trigger.pos_ == "VERB":
        return trigger
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        return trigger.head.head
    return _carrier(trigger) or trigger


def _arcs_below(token, head) -> int:
    arcs = 0
    while token.i != head.i and token.head.i != token.i:
        token, arcs = token.head, arcs + 1
    return arcs


def _places(parsed, scope, other_events=frozenset()) -> list[Argument]:
    found = []
    for token in scope.subtree:
        if (token.dep_ == "pobj" and token.head.lower_ in load_lexicon().place_prepositions
                and not _under(token, other_events, scope)):
            depth = _arcs_below(token, scope)
            found += [replace(a, depth=depth) for a in phrase_entities(parsed, token)
                      if a.label in PLACE_LABELS]
    return found


def _sentence_places(parsed, sent, other_events=frozenset()) -> list[Argument]:
    found = []
    for token in sent:
        if (token.dep_ == "pobj" and token.head.lower_ in load_lexicon().site_prepositions
                and not _under(token, other_events)):
            found += [a for a in phrase_entities(parsed, token) if a.label in PLACE_LABELS]
    return found


def _under(token, event_words, scope=None) -> bool:
    """Whether a place phrase hangs on another event word below `scope`: in "met to discuss
    the attack on rebels in Kidal", Kidal is where the attack was, not the meeting."""
    for node in token.ancestors:
        if scope is not None and node.i == scope.i:
            return False
        if node.i in event_words:
            return True
    return False


def _best_place(places: list[Argument], trigger) -> str | None:
    if not places:
        return None
    best = min(places, key=lambda a: (PLACE_LABELS[a.label], a.depth, abs(a.token_i - trigger.i)))
    return best.entity_id


def _is_country(parsed, arg: Argument) -> bool:
    entity = parsed.entity_by_id.get(arg.entity_id)
    return entity is not None and gazetteer.country_code(entity.name) is not None


def _unique(args) -> list[str]:
    out: list[str] = []
    for arg in args:
        if arg.entity_id not in out:
            out.append(arg.entity_id)
    return out


def find_roles(parsed, sent, trigger, members, type_name: str, wrapped=(), setting: str | None = None,
               orderers=(), other_events=frozenset()) -> Roles:
    """Actors, targets and location of one trigger group (its members share one event).

    `setting` is the place an earlier event of the same type in the sentence states: "whereas
    earlier shelling of the town used mortars, the latest barrage ..." puts the barrage there too. A place
    under one of `other_events` (the sentence's other event words) is that event's."""
    tokens = role_tokens(members, type_name, wrapped)
    for order in orderers:    # "X ordered Y to attack": X is behind the attack too
        fired("argument:orderer")
        ordering = load_plover().pattern("order.yield").applies_to[0][0]
        tokens = tokens + RoleTokens(actors=_token_roles(order, ordering).actors)
    actors, places = [], []
    for modifier in tokens.modifiers:   # "the militia's attack", "Malian Army raid", "Kidal raid"
        for arg in phrase_entities(parsed, modifier):
            # a country acts ("a U.S. drone strike"); a town or region is where it happened
            acts = arg.label not in PLACE_LABELS or _is_country(parsed, arg)
            fired("argument:modifier_actor" if acts else "argument:modifier_place")
            (actors if acts else places).append(arg)
    actors += [a for t in tokens.actors for a in phrase_entities(parsed, t)]
    if type_name in load_plover().disputing_types:
        # "X, a spokesman for Y, denied ...": Y denies through X
        actors += _noted([a for t in tokens.actors for c in t.children if c.dep_ == "appos"
                          and c.lemma_.lower() in load_lexicon().speaking_for_nouns
                          for a in phrase_entities(parsed, c)], "argument:speaker_body")
    targets = [a for t in tokens.targets for a in phrase_entities(parsed, t)]
    for token in members:
        places += _places(parsed, clause_of(token), other_events)
    # A facility attacked is also where it happened ("stormed Camp X"); a place attacked is
    # where it happened when no place is stated otherwise ("shelled Kharkiv").
    places += [a for a in targets if a.label == "FAC"]
    # A visit's destination ("his trip to X") is where it happened, before any place around it.
    visited = [a for m in members if _visit((m,)) for t in pobjs(m, frozenset({"to"}))
               for a in phrase_entities(parsed, t) if a.label in PLACE_LABELS]
    actor_ids = _unique(a for a in actors if a.label not in ("FAC", "LOC"))
    # whoever acts is not where the act happened ("aid from Germany")
    stated = (_noted(_best_place(visited, trigger), "argument:place_visited")
              or _noted(_best_place([p for p in places if p.entity_id not in actor_ids], trigger),
                        "argument:place_stated"))
    location = (stated or _noted(setting, "argument:place_of_earlier_event")
                or _noted(_best_place(_sentence_places(parsed, sent, other_events), trigger), "argument:place_in_sentence")
                or _noted(_best_place([a for a in targets if a.label in PLACE_LABELS], trigger), "argument:place_targeted"))
    target_ids = [t for t in _unique(targets) if t not in actor_ids]
    if not target_ids and location is not None and location not in actor_ids and (
            type_name in load_plover().place_target_types or _visit(members)
            or any(t in load_plover().place_target_types for _, t in wrapped)):   # "threatened a curfew in X"
        # A material act aimed at no one named is aimed at the place it is done in: PLOVER
        # codes the country or town as the target ("lifted the curfew in X", "withdrew from X").
        fired("argument:place_as_target")
        target_ids = [location]
    return Roles(tuple(actor_ids), tuple(target_ids), location, stated)
