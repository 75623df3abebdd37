"""The vocabulary of titles, ranks and affiliation nouns, and how a title phrase reads.

Words are general English of news about politics and armed conflict: what a noun says about
the person or group it describes (leads an organisation, belongs to one, is its ally, proxy
or part, is a place), whether it names an office worth keeping as a "role", and how a
nationality adjective names its country ("Iraqi" -> "Iraq") among the document's places.
"""
from __future__ import annotations

# Nouns whose holder leads the organisation they are attached to.
LEADER_NOUNS = frozenset({
    "leader", "head", "chief", "commander", "chairman", "chairwoman", "chair", "president",
    "president-elect", "director", "director-general", "secretary-general", "general secretary",
    "secretary general", "founder", "co-founder", "emir", "amir", "chief executive", "ceo", "boss", "mastermind",
    "supreme leader", "coordinator", "governor", "mayor", "prime minister", "premier",
    "king", "queen", "chancellor", "co-chairman", "co-chair", "ringleader",
})
# Nouns whose holder belongs to the organisation (or serves the government) named with them.
MEMBER_NOUNS = frozenset({
    "member", "spokesman", "spokeswoman", "spokesperson", "official", "fighter", "operative",
    "officer", "agent", "militant", "soldier", "envoy", "representative", "ambassador",
    "minister", "secretary", "adviser", "advisor", "fellow", "negotiator", "deputy", "aide",
    "lawyer", "researcher", "analyst", "trustee", "delegate", "diplomat", "cleric", "ideologue",
    "strategist", "recruiter", "financier", "lieutenant", "general", "colonel", "brigadier",
    "major", "captain", "admiral", "marshal", "sergeant", "inspector", "judge",
    "prosecutor", "commissioner", "rapporteur", "undersecretary", "under-secretary", "employee",
    "staffer", "activist", "supporter", "loyalist", "veteran", "militiaman", "cadre", "recruit",
    "politician", "lawmaker", "legislator", "senator", "MP", "speaker", "chief of staff",
})
# Offices and ranks: a phrase containing one is kept as a "role" value.
OFFICE_WORDS = frozenset({
    "minister", "president", "president-elect", "vice-president", "ambassador", "secretary",
    "secretary-general", "adviser", "advisor", "envoy", "governor", "mayor", "general",
    "colonel", "brigadier", "admiral", "marshal", "lieutenant", "major", "captain", "sergeant",
    "commissioner", "chancellor", "premier", "king", "queen", "prince", "emir", "amir",
    "ayatollah", "speaker", "senator", "undersecretary", "under-secretary", "rapporteur",
    "prosecutor", "judge", "chairman", "chairwoman", "director", "director-general",
    "spokesman", "spokeswoman", "spokesperson", "attorney", "consul", "attaché", "attache",
    "reviewer", "ombudsman", "commissioner",
})
ALLY_NOUNS = frozenset({"ally", "allies", "partner", "partners"})
PROXY_NOUNS = frozenset({"proxy", "proxies", "affiliate", "affiliates", "client", "surrogate",
                         "front", "franchise"})
PART_NOUNS = frozenset({"wing", "branch", "unit", "division", "arm", "offshoot", "subsidiary",
                        "faction", "brigade", "battalion", "regiment", "directorate", "cell"})
PLACE_NOUNS = frozenset({
    "city", "town", "village", "compound", "camp", "base", "province", "district", "region",
    "neighbourhood", "neighborhood", "suburb", "area", "capital", "port", "airport", "settlement",
    "governorate", "county", "enclave", "outpost", "township", "municipality", "hamlet",
    "stronghold", "airbase", "air base", "border town", "island", "state", "oblast", "valley",
})
# Head nouns of organisations' names, for names the model types as a person or a facility.
ORGANISATION_HEADS = PART_NOUNS | frozenset({
    "force", "forces", "group", "army", "movement", "network", "front", "party", "council",
    "agency", "ministry", "guard", "guards", "corps", "militia", "committee", "brigades",
    "battalions", "organisation", "organization", "alliance", "coalition", "mission", "regiment",
})
# Words that may stand before a title and belong to the descriptor but not to the office.
DROPPED_MODIFIERS = frozenset({"former", "new", "late", "then", "current", "incoming", "outgoing",
                               "top", "ex", "then-", "newly", "appointed", "also", "now"})
# Lowercase words that may stand inside a title before its head noun ("deputy foreign minister").
TITLE_MODIFIERS = frozenset({
    "prime", "deputy", "vice", "foreign", "defence", "defense", "interior", "national", "security",
    "senior", "supreme", "chief", "acting", "assistant", "executive", "military", "regional",
    "local", "intelligence", "finance", "justice", "health", "field", "special", "militia",
    "rebel", "army", "police", "party", "army's", "political", "religious", "spiritual",
}) | DROPPED_MODIFIERS

KIND_BY_NOUNS = (("place", PLACE_NOUNS), ("ally", ALLY_NOUNS), ("proxy", PROXY_NOUNS),
                 ("part", PART_NOUNS), ("leader", LEADER_NOUNS), ("member", MEMBER_NOUNS))
SMALL_WORDS = frozenset({"of", "to", "for", "the", "and", "in", "on", "at", "a", "an"})
DEMONYM_SUFFIXES = ("ian", "ean", "ese", "ish", "an", "i", "ic", "n", "")


def _keys(words: list[str]) -> list[str]:
    """Candidate vocabulary keys for a title, most specific first: last two words, last word, its parts."""
    low = [w.lower() for w in words if w.lower() not in DROPPED_MODIFIERS]
    if not low:
        return []
    keys = [" ".join(low[-2:]), low[-1]] if len(low) > 1 else [low[-1]]
    keys += [part for part in low[-1].split("-") if part]
    return keys


def title_kind(words: list[str]) -> str | None:
    """What a title phrase's head says: leader, member, ally, proxy, part, place, or None."""
    for key in _keys(words):
        for kind, nouns in KIND_BY_NOUNS:
            if key in nouns:
                if kind == "leader" and any(w.lower() in ("deputy", "vice", "assistant") for w in words):
                    return "member"
                return kind
    return None


def is_title_word(word: str) -> bool:
    """True for a word that can stand in a title before a name (vocabulary or modifier)."""
    low = word.lower()
    return (low in TITLE_MODIFIERS or low in OFFICE_WORDS or title_kind([word]) is not None
            or any(part in OFFICE_WORDS for part in low.split("-")))


def is_office(words: list[str], has_org: bool) -> bool:
    """A title worth keeping as a role: it names an office or rank ("Defence Minister",
    "Colonel"), or is capitalised and says no more than a membership or leadership already
    recorded would ("Independent Reviewer of X", "Supreme Leader" of a country)."""
    kept = [w for w in words if w.lower() not in DROPPED_MODIFIERS]
    if not kept or all(is_acronym(w) for w in kept):
        return False                         # an acronym in parentheses names, it is no title
    if any(w.lower() in OFFICE_WORDS or any(p in OFFICE_WORDS for p in w.lower().split("-"))
           for w in kept):
        return True
    kind = title_kind(kept)
    return kept[0][:1].isupper() and (kind is None or kind == "leader" and not has_org)


def is_acronym(word: str) -> bool:
    """"SDF", "GoS", "FARC/EP": a short form, not a title."""
    return "/" in word or len(word) <= 8 and sum(c.isupper() for c in word) >= 2 and not word.istitle()


def role_value(words: list[str], tail: str = "") -> str:
    """The title as written without dropped modifiers, capitalised throughout when it starts capitalised."""
    kept = [w for w in words if w.lower() not in DROPPED_MODIFIERS]
    if kept and kept[0][:1].isupper():
        kept = [w if w.lower() in SMALL_WORDS else w[:1].upper() + w[1:] for w in kept]
    text = " ".join(kept).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    return f"{text} {tail}".strip() if tail else text


def place_for_demonym(adjective: str, places: dict[str, str]) -> str | None:
    """The id of the place a nationality adjective names ("Iraqi" -> Iraq), among places {lowercase name: id}."""
    low = adjective.lower().removesuffix("'s")
    if low in places:
        return places[low]
    stems = [low[: len(low) - len(s)] if s else low for s in DEMONYM_SUFFIXES if low.endswith(s)]
    stems = [s for s in stems if len(s) >= 4]
    for stem in stems:
        if stem in places:
            return places[stem]
    for stem in stems:
        for name, place_id in places.items():
            if name.startswith(stem) and len(name) - len(stem) <= 3:
                return place_id
    return None
