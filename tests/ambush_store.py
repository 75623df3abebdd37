"""An invented ambush five outlets report with two death tolls (30 and 34): one article reads two
reports from one sentence, one is named only by its URL, one reprints a wire agency's copy beside
the agency's own, one has neither outlet nor headline. No spaCy."""
from __future__ import annotations

from claimgraph.store import Store
from claimgraph.store.resolution import refresh_resolution
from tests.small_store import Article

AMBUSH = "ambushed a convoy near Korvath on Friday"


def article(doc_id: str, text: str, killed: int, *, speaker: str | None = None, also: str | None = None,
            **meta) -> Article:
    """A report of the Korvath ambush, and a second one read from the same sentence's word `also`."""
    told = Article(doc_id, text, source=f"feeds/{doc_id}.txt", published="2024-06-08", **meta)
    raiders = told.entity("raiders", "Sable Column", "ORG", "Sable Column")
    town = told.entity("town", "Korvath", "GPE", "Korvath")
    said = {}
    if speaker:
        said = {"attributed_to": told.entity("speaker", speaker, "PERSON", speaker),
                "source_text": f"{speaker} said"}
    fields = dict(actors=(raiders,), location=town, date="2024-06-07", date_precision="day", killed=killed, **said)
    told.report("r1", "ASSAULT", "ambushed", **fields)
    if also:
        told.report("r2", "ASSAULT", also, **fields)
    return told


def ambush_articles() -> list[Article]:
    relay = article("relay", f"MIRSK (Relay) \u2014 Sable Column {AMBUSH}, killing 34.\nThe raid closed the road.", 34,
                    title="Convoy hit near Korvath", outlet="Relay")
    # a report of the ambush stating no toll: nothing in it is disputed
    relay.report("r3", "ASSAULT", "raid", actors=relay.reports[0].actors, location=relay.reports[0].location,
                 date="2024-06-07", date_precision="day")
    return [
        # two trigger words in one sentence: one report
        article("ledger", f"Sable Column fighters {AMBUSH}, an attack that killed 30 soldiers.", 30,
                also="attack", title="Convoy ambushed", outlet="Daily Ledger"),
        # no outlet in the metadata: the URL's site names it
        article("harbor", f"Ilsa Varga said Sable Column {AMBUSH}, killing 34.", 34, speaker="Ilsa Varga",
                title="Thirty-four dead in Korvath", url="https://www.harbor-times.co.uk/world/korvath"),
        # a reprint of the Relay agency's copy, and the agency's own copy: one independent source
        article("coast", f"MIRSK (Relay) \u2014 Sable Column {AMBUSH}, killing 34.", 34,
                title="Korvath convoy hit", outlet="Coast Gazette"),
        relay,
        # neither outlet nor address nor headline: named by its opening words
        article("nameless", f"Residents said Sable Column {AMBUSH}, and that 30 died.", 30),
    ]


def build_ambush_store(target) -> Store:
    store = Store(target)
    for told in ambush_articles():
        store.write_document(told.processed())
    refresh_resolution(store)
    return store
