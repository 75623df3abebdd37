"""Request bodies of the write endpoints; answers are the views of claimgraph.views."""
from __future__ import annotations

from pydantic import BaseModel, Field


class MergeRequest(BaseModel):
    left: str = Field(description="An entity id, or a whole name or alias (case aside)")
    right: str = Field(description="The other entity: id, name or alias")
    note: str = ""
    force: bool = Field(False, description="Merge entities of different types")


class SplitRequest(BaseModel):
    entity: str = Field(description="The entity's id, name or alias")
    alias: str = Field(description="The alias whose mentions are not this entity")
    note: str = ""
