"""The store: the one place SQLAlchemy is imported."""
from claimgraph.store.database import Store, database_url

__all__ = ["Store", "database_url"]
