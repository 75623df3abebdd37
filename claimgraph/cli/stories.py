"""Stories: the documents that tell one incident, and why they were joined."""
from __future__ import annotations

from typing import Annotated

import typer

from claimgraph.cli import render
from claimgraph.cli.options import DbOption, JsonOption, fail, open_store


def stories(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List stories: documents from different outlets that tell the same incident."""
    from claimgraph.store import queries

    rows = queries.stories(open_store(db))
    if as_json:
        return render.print_json(rows)
    render.table("Stories", ["id", "first published", "documents", "headline", "outlets"],
                 [[r.id, render.date_label(r.first_published), r.documents, r.title,
                   ", ".join(dict.fromkeys(m.outlet or queries.short_source(m.source) for m in r.members))]
                  for r in rows], keep=("id", "first published"))


def story(story_id: Annotated[str, typer.Argument(metavar="ID", help="A story id from `claimgraph stories`.")],
          db: DbOption = None, as_json: JsonOption = False) -> None:
    """One story: its documents, the features that joined them, and the events they tell together."""
    from claimgraph.store import queries

    found = queries.story(open_store(db), story_id)
    if not found:
        fail(f"no story {story_id!r}; `claimgraph stories` lists them", 1)
    if as_json:
        return render.print_json(found)
    published = render.date_label(found.first_published or found.last_published, None, found.last_published)
    render.heading(f"{found.title or '(untitled)'}: {found.documents} documents, "
                   + ("publication dates unknown" if published == render.UNKNOWN else f"published {published}"))
    render.table("Documents", ["id", "published", "outlet", "title"],
                 [[m.id, render.date_label(m.published), m.outlet or queries.short_source(m.source), m.title]
                  for m in found.members], keep=("id", "published"))
    render.table("Why joined", ["documents", "score", "features"],
                 [[f"{link.left} ~ {link.right}", f"{link.score:.2f}",
                   "; ".join(f"{f.name} {f.value:.2f} ({f.detail})" for f in link.features)]
                  for link in found.links], keep=("documents",), wrap=("features",))
    render.table("Events told by several of its documents", ["event", "type", "date", "killed", "modality", "documents"],
                 [[e.id, e.type, render.date_label(e.date, e.date_precision, e.date_end), e.killed, e.modality, e.documents] for e in found.events],
                 keep=("event", "date"))
