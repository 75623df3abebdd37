"""Event triggers: the words of a parsed sentence that report a PLOVER event, and their type.

A trigger is a verb ("attacked"), a verb with a dependent ("took ... hostage", "called for"),
a giving verb whose object is aid or troops ("sent weapons", "sent troops"), or a noun ("the
attack on", "airstrikes", "a car bomb"). Two rules keep one trigger per reported event:

- a light verb that carries a noun trigger ("launched an attack", "struck a deal") yields to
  the noun, which takes the verb's subject as its actor (see claimgraph.extract.arguments);
- triggers of one type linked in the parse within two arcs ("killed in an attack", "an attack
  killing 44") form one group, reported once at its highest word;
- an act a promise, threat, refusal or appeal only speaks of ("agreed to withdraw", "threatened
  to strike", "refused to meet", "called for talks") is part of that trigger's report, whose
  targets it names, not a report of its own; denials and accusations keep their act as its
  own report (plover.yaml `wrapper_types`, `reporting_wrappers`);
- an order yields to the act it orders ("ordered the militia to attack X": one planned
  attack, the orderer among its actors; plover.yaml `order_words`);
- a cooperative act its actor says it will do ("will withdraw", "is willing to talk") is a
  promise: AGREE (plover.yaml `promise_types`, `willingness_adjectives`);
- a speaker's stance recodes an act (plover.yaml `refusal_heads`, `threat_types`,
  `obligation_modals`): a cooperative act negated or failed is REJECT ("will not release"), a
  hostile act said in the future or on a condition is THREATEN ("will impose a curfew",
  "... unless X"), and an act a speaker says someone must do is that speaker's REQUEST ("said
  X must withdraw");
- a verb of ending, accepting or preventing with an act as its object reports another type
  (plover.yaml `reversals`: "lifted the curfew" CONCEDE, "halted aid" SANCTION);
- strikes and blockades by workers, students or protesters are PROTEST (`protest_actors`);
- what nature or an accident did is no assault or coercion: an earthquake that "struck", "hit"
  or "killed", people "killed in the floods" or "by the storm", unless a person or group is
  named doing it (lexicon: casualties.natural_causes);
- a source's wish not to be named ("who asked not to be identified") is no request;
- what a relative clause in the simple present says its noun does as a rule, to a bare plural
  ("an agency that documents killings", "a militia that kidnaps foreigners"), is a habit, not
  an event.
"""
from __future__ import annotations

from dataclasses import dataclass

from claimgraph.extract.arguments import disputed_account, pobjs, verb_actor_tokens
from claimgraph.extract.trace import fired, refire, tracing, unique
from claimgraph.ontology.name_vocabulary import vocabulary
from claimgraph.ontology import Plover
from claimgraph.ontology.lexicon import load_lexicon

# Words inside a name of these kinds are part of the name, not an event ("Strike Force Alpha").
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "LAW",
                         "PRODUCT", "DATE", "TIME", "LANGUAGE"})
MODIFIER_DEPS = ("compound", "amod", "nmod")
# Arcs from a verb of calling to what it calls something: "called the claims baseless".
COMPLEMENT_DEPS = frozenset({"oprd", "acomp", "xcomp", "ccomp"})
# Arcs from a wrapper down to the act it speaks of: complements, objects, prepositions.
EMBEDDING_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl"})


@dataclass(frozen=True)
class Trigger:
    token: object                      # spacy Token: the word reported as the event's evidence
    type: str
    mode: str | None
    members: tuple = ()                # every token of the group, the trigger's own included
    wrapped: tuple = ()                # (token, type) of acts the group only speaks of ("agreed to withdraw")
    orderers: tuple = ()               # order words the act yielded ("ordered X to attack": ordered)
    rules: tuple[str, ...] = ()        # ids of the rules that found and typed it (claimgraph.extract.trace)


def _in_name(token) -> bool:
    return token.ent_type_ in NAME_LABELS


def _phrase_match(token, plover: Plover):
    """(type, mode) of a listed verb/noun + dependent pair: a child, or a preposition's object."""
    for child in token.children:
        found = plover.phrase(token.lemma_, child.lemma_)
        if found:
            return _entry(found, token.lemma_, child.lemma_)
        if child.dep_ == "prep":
            for grandchild in child.children:
                found = plover.phrase(token.lemma_, grandchild.lemma_)
                if found:
                    return _entry(found, token.lemma_, grandchild.lemma_)
    return None


def _entry(found, *words: str):
    """Record the lexicon entry that typed a trigger ("trigger:ASSAULT.attack"); `found` as it is."""
    if found:
        fired(f"trigger:{found[0]}.{'_'.join(w.lower() for w in words)}")
    return found


def _applied(pattern) -> tuple | None:
    """The reading a trigger pattern yields, recording its rule id ("trigger:transfer.money")."""
    fired(f"trigger:{pattern.id}")
    return pattern.yields


def _recode(matched: dict, decided: dict, i: int, token, pattern) -> None:
    """Give the word at i the reading a pattern yields, recording the pattern's rule id for it."""
    matched[i] = (token, *pattern.yields)
    decided.setdefault(i, []).append(f"trigger:{pattern.id}")


def objects_of(token) -> list:
    """Direct objects and "with" objects of a verb, with their conjuncts."""
    found = [c for c in token.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    found += pobjs(token, {"with"})
    return found + [cc for o in found for cc in o.conjuncts]


def _transfer_match(token, plover: Plover):
    """A giving verb is AID when it gives aid or weapons, MOBILIZE when it sends forces; the
    goods may be an object's "of" phrase ("5 million dollars of aid", "tons of food")."""
    objects = objects_of(token)
    objects += [g for o in objects for g in pobjs(o, {"of"})]
    for obj in objects:
        lemma = obj.lemma_.lower()
        if obj.ent_type_ == "MONEY":
            return _applied(plover.pattern("transfer.money"))   # "gave $2 million", "sent 5 million euros"
        named = {f"{c.lemma_.lower()} {lemma}" for c in obj.children if c.dep_ in ("compound", "amod")}
        if lemma in plover.weapons or named & plover.weapons.keys():   # "a rocket", "air defence systems"
            own = token.lemma_.lower() in plover.own_moves
            return _applied(plover.pattern("transfer.own_weapons" if own else "transfer.weapons"))
        if lemma in plover.transfer_objects:
            return _entry(plover.transfer_objects[lemma], token.lemma_, lemma)
    return None


def _yielding_move(token, lemma: str, plover: Plover):
    """Letting a third party in ("allowed inspectors into the site") or armed forces leaving a
    place ("the troops left the city"): the manual's RETREAT access and withdraw."""
    if lemma in plover.admission_verbs and any(o.lemma_.lower() in plover.admission_objects
                                               for o in objects_of(token)):
        return _applied(plover.pattern("admission.access"))
    departure = plover.pattern("departure.withdraw")
    if lemma in plover.departure_verbs and any(
            plover.transfer_objects.get(a.lemma_.lower(), (None,))[0] in departure.objects for a in verb_actor_tokens(token)):
        return _applied(departure)
    return None


def _protest_reading(token, plover: Plover, found):
    """A strike or blockade by workers, students or protesters is a protest, not an attack or a
    state's restriction ("the teachers' union struck", "protesters blocked the road")."""
    protest = plover.pattern("protest.actors").yields[0]
    mode = plover.protest_readings.get(token.lemma_.lower())
    if mode is None or found is None or found[0] == protest:
        return found
    if token.pos_ == "VERB":
        people = verb_actor_tokens(token)
    else:
        people = [c for c in token.children if c.dep_ in ("poss", "compound", "nmod")]
        people += pobjs(token, {"by"})
        if token.dep_ in ("dobj", "attr") and token.head.pos_ == "VERB":
            people += verb_actor_tokens(token.head)      # "workers staged a strike"
        elif token.dep_ == "pobj" and token.head.head.pos_ == "VERB":
            people += verb_actor_tokens(token.head.head)  # "workers went on strike"
    people += [g for p in people for g in pobjs(p, {"of"})]
    if any(p.lemma_.lower() in plover.protest_actors for p in people):
        fired("trigger:protest.actors")
        return (protest, mode)
    return found


def _match(token, plover: Plover):
    if _in_name(token):
        return None
    lemma = token.lemma_.lower()
    if disputed_account(token) is not None:
        return _applied(plover.pattern("dispute.predicate"))   # "the accusations are baseless"
    if token.pos_ == "VERB":
        with tracing("trigger") as given_rules:
            given = _transfer_match(token, plover) if lemma in plover.transfer_verbs else None
        aid_first = plover.pattern("transfer.aid_first")
        if aid_first.recodes(given) and given != plover.pattern("transfer.weapons").yields:
            found = given   # "handed over medicine": aid, whatever the verb's phrase says
            given_rules.append(f"trigger:{aid_first.id}")
        else:
            found = (_phrase_match(token, plover) if lemma in plover.phrase_heads else None) or given
        if found is given:
            refire(given_rules)
        if found is None and lemma in plover.object_verbs and any(c.dep_ == "dobj" for c in token.children):
            found = _entry(plover.object_verbs[lemma], lemma, "object")
        if found is None and lemma in plover.partner_verbs and pobjs(token, {"with"}):
            found = _applied(plover.pattern("partner.shared"))   # "shared intelligence with X"
        if found is None:
            found = _yielding_move(token, lemma, plover)
        found = _protest_reading(token, plover, found or _entry(plover.verb(lemma), lemma))
        met = plover.pattern("meet.passive")
        if found and lemma in met.words and any(c.dep_ == "nsubjpass" for c in token.children):
            return met.yields  # "was met with silence": a reaction, not a meeting
        if plover.pattern("expel.individuals").recodes(found) and _expels_individuals(token, plover):
            found = _applied(plover.pattern("expel.individuals"))   # "expelled the correspondent", not a diplomat
        alliance = plover.pattern("alliance.participle")
        if alliance.recodes(found) and token.dep_ in ("acl", "amod") and token.tag_ == "VBN":
            return alliance.yields  # "militias backed by X", "X-supported groups": an alliance, not an act
        if (found and found[0] not in plover.disputing_types
                and any(o.lemma_.lower() in plover.publication_objects for o in objects_of(token))):
            # "released a statement": publishing; "denied the report" disputes it, an act of its own
            return plover.pattern("publication.object").yields
        found = _account_disputed(token, lemma, plover) or found
        if found and _asserts(token, lemma, plover):
            return _applied(plover.pattern("assertion.indicative"))   # "insisted that the team found nothing"
        mustering = plover.pattern("mobilize.support")
        if mustering.recodes(found) and any((plover.noun(o.lemma_) or (None,))[0] in mustering.objects
                                            for o in objects_of(token)):
            return mustering.yields  # "mustered support for X": canvassing, not a military move
        if found and found[0] in plover.natural_harm_types and _natural_harm(token):
            return None  # "the earthquake struck the town", "killed in the floods"
        if found and _anonymity(token):
            return None  # "who asked not to be named"
        return None if found and _habitual(token) else found
    if token.pos_ == "ADJ" and lemma in plover.willingness_adjectives:
        # "is willing to withdraw", "ready for talks": willingness to cooperate is AGREE
        complemented = any(c.dep_ in ("xcomp", "prep") for c in token.children)
        return _applied(plover.pattern("willingness.agree")) if complemented else None
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound":
        if token.pos_ == "PROPN" and not token.is_lower and not token.is_title:
            return None  # an acronym or odd casing is a name, not a word
        modifiers = tuple(c.lemma_ for c in token.children if c.dep_ in MODIFIER_DEPS)
        found = _phrase_match(token, plover) if lemma in plover.phrase_heads else None
        found = found or _entry(plover.noun(lemma, modifiers, tuple(g.lemma_ for g in pobjs(token, {"of"}))), lemma)
        if found is None and (whole := _hyphenated(token)):
            found = _entry(plover.noun(whole), whole)
        if found is None and lemma in plover.remains_nouns:
            found = _remains_found(token, plover)
        if found is None and lemma in plover.event_heads:
            found = _undertaking(token, plover)
        if found is None and lemma in plover.pattern("undertaking.infinitive").words:
            found = _undertaken_act(token, plover)
        found = _protest_reading(token, plover, found)
        return None if found and _habitual(token) else found
    return None


def _account_disputed(verb, lemma: str, plover: Plover):
    """Disputing an account of an event (lexicon speech.account_nouns) is a rejection: objecting
    to it ("objected to the allegations"), or calling it false or overstated ("called the
    claims baseless", "described the report as an exaggeration")."""
    said_of = [s for c in verb.children if c.dep_ in COMPLEMENT_DEPS   # "called the figures exaggerated"
               for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    accounts = [o for o in objects_of(verb) + pobjs(verb, {c.lower_ for c in verb.children if c.dep_ == "prep"})
                + said_of if o.lemma_.lower() in load_lexicon().account_nouns]
    if not accounts:
        return None
    objection = plover.pattern("dispute.objection")
    if lemma in objection.words:
        return _applied(objection)
    called = plover.pattern("dispute.called_false")
    if lemma in called.words and _called_false_or_overstated(verb):
        return _applied(called)
    return None


def _called_false_or_overstated(verb) -> bool:
    """ "called X baseless", "described X as an exaggeration", "dismissed X as inflated": the
    verb's complement says the account is false or overstated."""
    lexicon = load_lexicon()
    untrue = lexicon.falsity_words | lexicon.overstatement_words
    complements = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS]
    complements += pobjs(verb, {"as"}) + [g for o in objects_of(verb) for g in pobjs(o, {"as"})]
    return any(c.lemma_.lower() in untrue or c.lower_ in untrue
               or any(m.dep_ == "amod" and m.lower_ in untrue for m in c.children) for c in complements)


def _asserts(verb, lemma: str, plover: Plover) -> bool:
    """Whether a verb that may demand ("insisted on an inquiry", "insisted that they leave")
    asserts instead: its clause states a fact, in a finite tense or with a modal of no
    obligation ("insisted that the team found nothing", "insists the army is innocent")."""
    if lemma not in plover.pattern("assertion.indicative").words:
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        finite = [clause] + [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        if any(w.tag_ in ("VBD", "VBZ") or (w.tag_ == "VBP" and w.lemma_ in ("be", "have"))
               or (w.tag_ == "MD" and w.lower_ not in plover.obligation_modals) for w in finite):
            return True
    return False


def _natural_harm(verb) -> bool:
    """Whether a harm's doer is a natural phenomenon or an accident: its subject ("the quake
    struck"), or with no one but its victims named doing it, the cause a preposition gives
    ("killed in the floods", "died after the crash") or a natural phenomenon the sentence names
    ("24 dead as quake hits Aceh")."""
    lexicon = load_lexicon()
    doers = [_relative_antecedent(t) for t in verb_actor_tokens(verb)]
    if any(d.lemma_.lower() in lexicon.natural_causes for d in doers):
        return True
    if any(d.lemma_.lower() not in lexicon.victim_nouns for d in doers):
        return False
    return (any(g.lemma_.lower() in lexicon.natural_causes for g in pobjs(verb, lexicon.cause_prepositions))
            or any(names_natural_phenomenon(t) for t in verb.sent))


def names_natural_phenomenon(token) -> bool:
    """Whether a word is a natural phenomenon's common noun ("the quake"), not part of a name."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in load_lexicon().natural_phenomena and not token.ent_type_


def _relative_antecedent(token):
    """ "the quake that struck": the noun a relative pronoun stands for."""
    if token.lower_ in load_lexicon().relative_pronouns and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _anonymity(verb) -> bool:
    """ "asked not to be named", "requested not to be identified": a source's anonymity."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in load_lexicon().anonymity_verbs
               and any(g.dep_ == "auxpass" for g in c.children) for c in verb.children)


def _habitual(token) -> bool:
    """Whether a trigger tells what a relative clause's noun does as a rule: the clause is in the
    simple present and its objects are bare plurals, the verb or its object being the trigger
    ("an agency that documents killings", "a militia that kidnaps foreigners")."""
    verb = token if token.pos_ == "VERB" else token.head if token.dep_ == "dobj" else None
    if (verb is None or verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP")
            or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "nummod", "poss") for c in o.children) for o in objects)


def _expels_individuals(verb, plover: Plover) -> bool:
    """Whether an expulsion's objects are people other than diplomats or organisations."""
    objects = objects_of(verb)
    people = [o for o in objects if o.ent_type_ == "PERSON"
              or (o.pos_ == "NOUN" and o.lemma_.lower() in vocabulary().person_roles)
              or o.lemma_.lower() in plover.protest_actors]
    return bool(people) and not any(o.lemma_.lower() in plover.diplomats for o in objects)


def _hyphenated(token) -> str | None:
    """The word a hyphenated noun the tokenizer split ends ("sit-in", "walk-out"), lower-cased."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        return f"{doc[i - 2].lower_}-{token.lower_}"
    return None


def _remains_found(token, plover: Plover):
    """Counted bodies found or seen ("saw 17 bodies", "17 bodies were recovered") report
    the killing they are evidence of."""
    counted = any(c.dep_ == "nummod" for c in token.children)
    found = token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in plover.discovery_verbs
    return _applied(plover.pattern("remains.killing")) if counted and found else None


def _undertaking(token, plover: Plover):
    """The event a generic undertaking noun names by its compound ("a mediation effort")."""
    for child in token.children:
        if child.dep_ == "compound" and child.i == token.i - 1 and not _in_name(child):
            modifiers = tuple(c.lemma_ for c in child.children if c.dep_ in MODIFIER_DEPS)
            return _entry(plover.noun(child.lemma_.lower(), modifiers), child.lemma_, token.lemma_)
    return None


def _undertaken_act(noun, plover: Plover):
    """The reading of the hostile act an undertaking's infinitive names ("a drive to retake the
    port"), or None."""
    return _applied(plover.pattern("undertaking.infinitive")) if _undertaking_infinitive(noun, plover) else None


def _undertaking_infinitive(noun, plover: Plover):
    """The infinitive naming an undertaking's hostile act ("a drive to retake the port"), also
    when the parser hangs it on the verb whose object the noun is ("halted its drive to retake
    the port"), or None."""
    pattern = plover.pattern("undertaking.infinitive")
    if noun.lemma_.lower() not in pattern.words:
        return None
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    if noun.dep_ == "dobj":
        clauses += [c for c in noun.head.children if c.dep_ == "advcl" and c.left_edge.i == noun.right_edge.i + 1]
    return next((verb for verb in clauses if verb.pos_ == "VERB"
                 and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                 and (plover.verb(verb.lemma_) or (None,))[0] in pattern.objects), None)


def _undertaken(matched: dict, plover: Plover) -> dict[int, list]:
    """Remove from `matched` the infinitives that undertakings read ("a drive to retake the
    port": one act, reported by the drive); {noun index: [(infinitive token, its type)]}."""
    undertaken: dict[int, list] = {}
    for i, (token, type_name, _) in list(matched.items()):
        verb = _undertaking_infinitive(token, plover) if token.pos_ == "NOUN" else None
        if verb is not None and verb.i in matched:
            undertaken[i] = [matched.pop(verb.i)[:2]]
    return undertaken


def _distance(a, b, limit: int = 2) -> int | None:
    """Arcs from a down to b when b lies within `limit` arcs below a, else None."""
    steps, node = 0, b
    while node.i != a.i and steps < limit and node.head.i != node.i:
        node, steps = node.head, steps + 1
    return steps if node.i == a.i else None


def find_document_triggers(doc, plover: Plover) -> dict[int, list[Trigger]]:
    """Every sentence's triggers, keyed by the sentence's first token: found once per document
    for the entity stage (unnamed participants) and the events stage."""
    return {sent.start: find_triggers(sent, plover) for sent in doc.sents}


def find_triggers(sent, plover: Plover) -> list[Trigger]:
    """Every event trigger of a spaCy sentence span, grouped as the module docstring says."""
    matched, decided = {}, {}
    for token in sent:
        with tracing("trigger") as rules:
            found = _match(token, plover)
        if found:
            matched[token.i] = (token, *found)
            decided[token.i] = rules
    spoken = _reversals(sent, matched, plover, decided, _undertaken(matched, plover))
    for i, (token, _, _) in list(matched.items()):   # "the accusations are baseless": one rejection
        account = disputed_account(token)
        if account is not None and account.i in matched:
            spoken.setdefault(i, []).append(matched.pop(account.i)[:2])
    # A light verb carrying a noun trigger yields to it, unless together they say something
    # else (a phrase listed for the verb with that noun, of another type), when the noun yields.
    for i, (token, _, _) in list(matched.items()):
        if token.pos_ == "VERB" and token.lemma_.lower() in plover.light_verbs:
            carried = [c for c in token.children if c.dep_ in ("dobj", "attr", "nsubjpass")
                       and c.i in matched and matched[c.i][0].pos_ != "VERB"]
            phrased = [c for c in carried if (plover.phrase(token.lemma_, c.lemma_) or (None,))[0]
                       not in (None, matched[c.i][1])]
            for c in phrased:
                del matched[c.i]
            if carried and not phrased and i in matched:
                del matched[i]
    for i, act in _stances(sent, matched, plover, decided).items():
        spoken.setdefault(i, []).append(act)
    promised = _promises(matched, plover, decided)
    orderers = _yield_orders(matched, plover)
    # a denial keeps the act it denies as a report of its own, as "denied" does (reporting_wrappers)
    denials = frozenset(i for i, rules in decided.items() if f"trigger:{plover.pattern('stance.denial').id}" in rules)
    wrapped = _absorb_wrapped(matched, plover, denials)
    for i, act in promised.items():
        wrapped.setdefault(i, []).insert(0, act)
    for i, acts in spoken.items():   # to the trigger reporting them, or the one absorbing it
        top = i if i in matched else next((k for k, w in wrapped.items() if any(t.i == i for t, _ in w)), None)
        if top is not None:
            wrapped.setdefault(top, []).extend(acts)
    for i, acts in wrapped.items():
        token, type_name, _ = matched[i]
        threat = plover.pattern("willingness.threat")
        if (threat.recodes((type_name, None)) and token.pos_ == "ADJ"
                and any(t in plover.threat_types for _, t in acts)):
            _recode(matched, decided, i, token, threat)   # "prepared to impose martial law"
    # Group same-type triggers linked within two arcs; the highest word represents the group.
    groups: list[list] = []
    for token, type_name, mode in sorted(matched.values(), key=lambda m: m[0].i):
        for group in groups:
            head = group[0]
            if head[1] == type_name and (_distance(head[0], token) is not None
                                         or _distance(token, head[0]) is not None):
                group.append((token, type_name, mode))
                group.sort(key=lambda m: _depth(m[0]))
                break
        else:
            groups.append([(token, type_name, mode)])
    triggers = []
    for group in groups:
        token, type_name, _ = group[0]
        mode = next((m for _, _, m in group if m), None)
        members = tuple(m[0] for m in group)
        acts = tuple(w for m in members for w in wrapped.get(m.i, ()))
        orders = tuple(o for m in members for o in orderers.get(m.i, ()))
        rules = [r for m in members for r in decided.get(m.i, ())]
        rules += [f"trigger:wraps.{act_type}" for _, act_type in acts]
        rules += ["trigger:order.yield"] if orders else []
        rules += ["trigger:same_type_group"] if len(members) > 1 else []
        triggers.append(Trigger(token, type_name, mode, members, acts, orders, unique(rules)))
    return sorted(triggers, key=lambda t: t.token.i)


def other_event_words(trigger: Trigger, triggers: list[Trigger]) -> frozenset[int]:
    """Token indices of a sentence's other events: dates and places written on them are theirs."""
    return frozenset(t.token.i for t in triggers) - {m.i for m in trigger.members} - {trigger.token.i}


def _reversals(sent, matched: dict, plover: Plover, decided: dict, absorbed: dict) -> dict[int, list]:
    """Recode a verb of ending, accepting or preventing whose object is an act (plover.yaml
    `reversals`): "lifted the curfew" is CONCEDE, "halted aid" SANCTION. The object act is
    absorbed, so its roles ("the curfew on X", "aid to X") name the verb's targets; `absorbed`
    holds the acts already absorbed by a word, {index: [(act token, act type)]}, and is returned
    with these."""
    for token in sent:   # nouns first: "lifted [the suspension of [air strikes]]"
        if token.pos_ != "NOUN" or _in_name(token):
            continue
        for obj in _stopped_acts(token):
            found = plover.reversal(token.lemma_, matched[obj.i][1], noun=True) if obj.i in matched else None
            if found:
                _reverse(token, obj, found, matched, decided, absorbed)
    for token in sent:
        if token.pos_ != "VERB" or _in_name(token):
            continue
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        for obj in objects + [cc for o in objects for cc in o.conjuncts]:
            if obj.i not in matched or obj.i == token.i:
                continue
            found = plover.reversal(token.lemma_, matched[obj.i][1])
            if found:
                _reverse(token, obj, found, matched, decided, absorbed)
    return absorbed


def _stopped_acts(noun) -> list:
    """The objects of a noun's "of", "to", "in", "on" phrase ("a halt to the bombing"), also when
    the parser hangs the phrase on the verb whose object the noun is ("ended the pause in the
    shelling")."""
    hosts = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
    return [g for host in hosts for c in host.children
            if c.dep_ == "prep" and c.lower_ in load_lexicon().cessation_prepositions
            and (host is noun or c.i == noun.i + 1)
            for g in c.children if g.dep_ in ("pobj", "pcomp")]


def _reverse(token, obj, found, matched: dict, decided: dict, absorbed: dict) -> None:
    """Give `token` the reversal's reading, absorbing its object act and whatever that absorbed."""
    absorbed.setdefault(token.i, []).append(matched.pop(obj.i)[:2])
    absorbed[token.i].extend(absorbed.pop(obj.i, []))
    matched[token.i] = (token, found[0], None)
    decided.setdefault(token.i, []).append(f"trigger:{found[1]}")


def _stances(sent, matched: dict, plover: Plover, decided: dict) -> dict[int, tuple]:
    """Recode acts by the stance the sentence takes on them (see the module docstring);
    {index of the trigger now reporting: (act token, act type)} for acts newly wrapped."""
    spoken = {}
    for i, (token, type_name, mode) in list(matched.items()):
        if token.pos_ != "VERB":
            carrier = token.head   # "will impose a curfew": the light verb's tense is the noun's
            if (type_name in plover.threat_types and token.dep_ == "dobj"
                    and carrier.lemma_.lower() in plover.light_verbs and _future(carrier)):
                _recode(matched, decided, i, token, plover.pattern("stance.future_noun"))
            continue
        children = {c.lower_ for c in token.children if c.dep_ in ("aux", "neg")}
        conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in plover.conditional_marks
                                                     for m in c.children) for c in token.children)
        refusal = plover.pattern("stance.refusal")
        cooperative = type_name in plover.promise_types or refusal.recodes((type_name, mode))
        if cooperative and (children & load_lexicon().negations or (
                token.dep_ == "xcomp" and token.head.lemma_.lower() in plover.refusal_heads)):
            _recode(matched, decided, i, token, refusal)     # "will not release", "failed to agree"
        elif conditional and type_name not in plover.wrapper_types:
            _recode(matched, decided, i, token, plover.pattern("stance.condition"))   # "will withdraw unless ..."
        elif type_name in plover.threat_types and _future(token):
            _recode(matched, decided, i, token, plover.pattern("stance.future_act"))  # "will arrest them"
        elif type_name in plover.threat_types and children & load_lexicon().negations:
            speech = _saying(token)
            if speech is not None and speech.i not in matched:   # "said it did not target the mosque"
                _recode(matched, decided, speech.i, speech, plover.pattern("stance.denial"))
    for token in sent:
        modals = {c.lower_ for c in token.children if c.dep_ == "aux"}
        head = token.head
        if not modals & plover.obligation_modals or head.i == token.i or _in_name(head):
            continue
        if (token.dep_ == "ccomp" and head.pos_ == "VERB") or (token.dep_ == "acl" and head.pos_ == "NOUN"):
            if head.i not in matched:              # "said that X must withdraw": a demand
                _recode(matched, decided, head.i, head, plover.pattern("stance.obligation"))
                if token.i not in matched:
                    spoken[head.i] = (token, plover.pattern("stance.obligation").yields[0])
    return spoken


def _saying(act):
    """The speech verb whose reported clause an act is ("said it did not attack", "said it struck
    X but did not target Y"), when that verb is not itself negated."""
    clause = act.head if act.dep_ == "conj" else act
    speech = clause.head
    if (clause.dep_ != "ccomp" or speech.pos_ != "VERB" or _in_name(speech)
            or speech.lemma_.lower() not in load_lexicon().speech_verbs
            or any(c.dep_ == "neg" for c in speech.children)):
        return None
    return speech


def _promises(matched: dict, plover: Plover, decided: dict) -> dict[int, tuple]:
    """Recode as AGREE a cooperative act its actor says it will do ("X will withdraw its
    troops", "Y would release them"): the manual's promise or commitment to cooperate.
    {index: (act token, act type)}, so the act's own roles ("aid to X") still name the target."""
    promised = {}
    for i, (token, type_name, _) in list(matched.items()):
        if type_name in plover.promise_types and _future(token):
            _recode(matched, decided, i, token, plover.pattern("promise"))
            promised[i] = (token, type_name)
    return promised


def _yield_orders(matched: dict, plover: Plover) -> dict[int, list]:
    """Remove from `matched` each order word with an act under it; {act index: [order tokens]}."""
    ordering = plover.pattern("order.yield")
    orders = {i for i, (token, type_name, _) in matched.items()
              if ordering.recodes((type_name, None)) and token.lemma_.lower() in plover.order_words}
    orderers: dict[int, list] = {}
    for i, (token, _, _) in matched.items():
        order = _governing_trigger(token, matched)
        if order in orders and i not in orders:
            orderers.setdefault(i, []).append(matched[order][0])
    for order in {o.i for found in orderers.values() for o in found}:
        del matched[order]
    return orderers


def _future(token) -> bool:
    lexicon = load_lexicon()
    children = {c.lower_ for c in token.children if c.dep_ in ("aux", "neg")}
    return (token.pos_ == "VERB" and bool(children & lexicon.future_auxiliaries)
            and not children & lexicon.negations)


def _absorb_wrapped(matched: dict, plover: Plover, denials: frozenset = frozenset()) -> dict[int, list]:
    """Remove from `matched` the acts a wrapper only speaks of (not those a denial among
    `denials` disputes); {wrapper index: [(act token, act type)]}."""
    owner = {}
    for i, (token, _, _) in matched.items():
        wrapper = _governing_trigger(token, matched)
        if wrapper is None and _subject_of_complement(token) in matched:
            wrapper = token.head.head.i    # "demanded that an inquiry be opened": the inquiry is demanded
        if (wrapper is not None and wrapper not in denials
                and _wraps(matched[wrapper][0], matched[wrapper][1], plover)):
            owner[i] = wrapper
    wrapped: dict[int, list] = {}
    for i in sorted(owner, key=lambda i: _depth(matched[i][0])):
        top = owner[i]
        while top in owner:            # "threatened to refuse to negotiate": all under "threatened"
            top = owner[top]
        wrapped.setdefault(top, []).append(matched[i][:2])
    for i in owner:
        del matched[i]
    return wrapped


def _subject_of_complement(token) -> int | None:
    """The index of the verb governing the clause an event noun is the subject of ("demanded that
    an inquiry be opened": demanded), or None."""
    clause = token.head
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("ccomp", "xcomp"):
        return None
    return clause.head.i


def _governing_trigger(token, matched: dict, limit: int = 3) -> int | None:
    """The nearest trigger above a token whose complement it is: reached over complement,
    object and preposition arcs only ("agreed to withdraw", "rejected the deal", "called
    for talks"), not over clauses that report acts of their own ("rioted, setting fire")."""
    node = token
    for _ in range(limit):
        if node.dep_ not in EMBEDDING_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if node.i in matched:
            return node.i
    return None


def _wraps(token, type_name: str, plover: Plover) -> bool:
    """A promise, threat, refusal, appeal or endorsement speaks of the act it governs; so does a
    negotiation under way of what it works towards ("negotiating a truce": no truce yet)."""
    pursuing = token.tag_ == "VBG" and token.lemma_.lower() in load_lexicon().pursuit_verbs
    return (type_name in plover.wrapper_types or pursuing) and token.lemma_.lower() not in plover.reporting_wrappers


def _depth(token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth
