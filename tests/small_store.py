"""A small hand-made store for the web tests: three invented articles, no spaCy.

Two articles report one shelling with different death tolls (a contradiction); one holds a
`<script>` in its text and an entity named with `<b>`, to prove the app escapes them.
"""
from __future__ import annotations

from claimgraph.model import Document, Entity, Evidence, Mention, ProcessedDocument, Relation, Report, Sentence
from claimgraph.store import Store, queries
from claimgraph.store.resolution import refresh_resolution

SHELLING = ("Northern Front fighters shelled the town of Varenko on Tuesday, killing 12 people, "
            "according to Governor Lena Moravec.\nThe Northern Front denied responsibility for the attack.")
FOLLOW_UP = ("Governor Moravec said 15 civilians died when Northern Front artillery hit Varenko on Tuesday.\n"
             "A reader comment read <script>alert(1)</script> and was removed.\n"
             "The <b>Bold</b> Brigade threatened to retaliate against the Northern Front.")
CEASEFIRE = "Militia leader Omar Dask announced a ceasefire in Tirel on 5 May 2022."

SCRIPT_DOC = "doc0follow00002"
BOLD_NAME = "<b>Bold</b> Brigade"


class Article:
    """Builds one ProcessedDocument from its text, finding offsets by the words themselves."""

    def __init__(self, doc_id: str, text: str, **meta):
        self.document = Document(id=doc_id, source=meta.pop("source"), text=text, **meta)
        self.text, self.id = text, doc_id
        self.sentences = []
        start = 0
        for index, line in enumerate(text.split("\n")):
            self.sentences.append(Sentence(doc_id, index, start, start + len(line), line))
            start += len(line) + 1
        self.entities, self.mentions, self.reports, self.relations = [], [], [], []

    def evidence(self, words: str) -> Evidence:
        start = self.text.index(words)
        sentence = next(s for s in self.sentences if s.start <= start < s.end)
        return Evidence(self.id, start, start + len(words), sentence.text, sentence.index)

    def entity(self, key: str, name: str, type: str, *surfaces: str) -> str:
        entity_id = f"{self.id}-{key}"
        aliases = tuple(dict.fromkeys(s for s in surfaces if s != name))
        self.entities.append(Entity(entity_id, self.id, name, type, aliases, stage="test"))
        for surface in surfaces or (name,):
            ev = self.evidence(surface)
            self.mentions.append(Mention(f"{entity_id}-m{len(self.mentions)}", self.id, entity_id, ev.start,
                                         ev.end, surface, type, ev.sentence_index, "test"))
        return entity_id

    def report(self, key: str, type: str, trigger: str, **fields) -> str:
        report_id = f"{self.id}-{key}"
        self.reports.append(Report(report_id, self.id, type, self.evidence(trigger), trigger=trigger,
                                   stage="test", **fields))
        return report_id

    def relation(self, key: str, subject: str, predicate: str, words: str, **fields) -> None:
        self.relations.append(Relation(f"{self.id}-{key}", self.id, subject, predicate, self.evidence(words),
                                       stage="test", **fields))

    def processed(self) -> ProcessedDocument:
        return ProcessedDocument(self.document, tuple(self.sentences), tuple(self.entities),
                                 tuple(self.mentions), tuple(self.reports), tuple(self.relations))


def articles() -> list[Article]:
    first = Article("doc0shell000001", SHELLING, source="wire/varenko-shelling.txt", title="Town shelled",
                    outlet="Example Wire", author="A. Writer", published="2021-03-03", published_origin="metadata")
    front = first.entity("front", "Northern Front", "ORG", "Northern Front")
    town = first.entity("town", "Varenko", "GPE", "Varenko")
    governor = first.entity("gov", "Lena Moravec", "PERSON", "Lena Moravec")
    first.report("r1", "ASSAULT", "shelled", mode="artillery", actors=(front,), location=town, date="2021-03-02",
                 date_precision="day", date_text="Tuesday", killed=12, attributed_to=governor,
                 source_text="according to Governor Lena Moravec",
                 rules=("trigger:ASSAULT.shell", "argument:subject", "attribution:according_to"))
    first.relation("rel1", governor, "role", "Governor Lena Moravec", value="Governor")

    second = Article(SCRIPT_DOC, FOLLOW_UP, source="post/varenko-follow-up.txt", title="Toll rises <i>again</i>",
                     outlet="Sample Post", published="2021-03-04", published_origin="inferred")
    governor2 = second.entity("gov", "Moravec", "PERSON", "Moravec")
    front2 = second.entity("front", "Northern Front", "ORG", "Northern Front")
    town2 = second.entity("town", "Varenko", "GPE", "Varenko")
    bold = second.entity("bold", BOLD_NAME, "ORG", BOLD_NAME)
    second.report("r1", "ASSAULT", "hit", mode="artillery", actors=(front2,), location=town2, date="2021-03-02",
                  date_precision="day", killed=15, attributed_to=governor2, source_text="Governor Moravec said")
    second.report("r2", "THREATEN", "threatened", actors=(bold,), targets=(front2,), modality="threatened")
    second.relation("rel1", bold, "allied_with", "The <b>Bold</b> Brigade threatened", object=town2)

    third = Article("doc0cease000003", CEASEFIRE, source="wire/tirel-ceasefire.txt", title="Ceasefire",
                    outlet="Example Wire", published="2022-05-06", published_origin="metadata")
    dask = third.entity("dask", "Omar Dask", "PERSON", "Omar Dask")
    tirel = third.entity("tirel", "Tirel", "GPE", "Tirel")
    third.report("r1", "AGREE", "announced", actors=(dask,), location=tirel, date="2022-05-05",
                 date_precision="day", modality="occurred")
    return [first, second, third]


def build_small_store(target) -> Store:
    store = Store(target)
    for article in articles():
        store.write_document(article.processed())
    refresh_resolution(store)
    # The two shelling reports are one event with two death tolls: resolution must flag it.
    assert queries.contradictions(store), "resolution no longer flags the shelling's two death tolls"
    return store
