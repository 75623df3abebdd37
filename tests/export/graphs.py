"""A small ExportData written by hand for the exporters' tests: two documents, three entities
(one named with markup characters), one event reported twice, a relation and a contradiction."""
from __future__ import annotations

from claimgraph import views

FRONT, TOWN, GOVERNOR = "e-front", "e-town", "e-gov"


def report(report_id: str, doc: str, killed: int, attributed_to: str | None) -> views.ExportReport:
    return views.ExportReport(id=report_id, doc=doc, start=0, end=7, text="Shelling hit the town, \"officials\" said.",
                              trigger="Shelling", killed=killed, injured=None, modality="occurred",
                              date="2021-03-02", attributed_to=attributed_to, source_text=None,
                              rules=("trigger:ASSAULT.shell",))


GRAPH = views.ExportData(
    documents=(
        views.ExportDocument(id="d1", source="wire/a.txt", title="Town shelled", url=None, outlet="Wire",
                             author=None, published="2021-03-03", published_origin="metadata",
                             published_inferred=False),
        views.ExportDocument(id="d2", source="https://post.example/b", title=None, url="https://post.example/b",
                             outlet=None, author=None, published="2021-03-04", published_origin="inferred",
                             published_inferred=True),
    ),
    entities=(
        views.ExportEntity(id=FRONT, name="Front <Nord> & Co", type="ORG", aliases=("The Front",),
                           mentions=(views.ExportSpan(doc="d1", start=10, end=19, text="The Front"),)),
        views.ExportEntity(id=TOWN, name="Varnek", type="GPE", aliases=("Varnék",), mentions=()),
        views.ExportEntity(id=GOVERNOR, name="Mira Solanke", type="PERSON", aliases=("Solanke",), mentions=()),
    ),
    events=(
        views.ExportEvent(id="ev1", type="ASSAULT", mode="artillery", date="2021-03-02", date_precision="day",
                          date_end=None, location=TOWN, actors=(FRONT,), targets=(TOWN,), killed=12, injured=None,
                          modality="occurred", sources=2,
                          reports=(report("r1", "d1", 12, GOVERNOR), report("r2", "d2", 15, None)),
                          killed_range="12\u201315", injured_range=None, disputed=("killed",)),
    ),
    relations=(
        views.ExportRelation(id="rel1", subject=GOVERNOR, predicate="member_of", object=FRONT, value=None,
                             evidence=(views.ExportEvidence(doc="d1", start=0, end=12, text="Mira Solanke",
                                                                 rules=("relation:descriptor.member",)),)),
        views.ExportRelation(id="rel2", subject=GOVERNOR, predicate="role", object=None, value="Governor",
                             evidence=(views.ExportEvidence(doc="d1", start=0, end=12, text="Mira Solanke",
                                                                 rules=("relation:descriptor.member",)),)),
    ),
    contradictions=(
        views.ExportContradiction(event="ev1", field="killed",
                                  values=(views.ExportValue(value="12", doc="d1", report="r1"),
                                          views.ExportValue(value="15", doc="d2", report="r2"))),
    ),
)
