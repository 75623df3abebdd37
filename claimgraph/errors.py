"""claimgraph's exceptions. Messages are written where they are raised, for the user to read.

    ClaimgraphError
     ├── InputError            a document that cannot be ingested (becomes Skipped)
     │    ├── EmptyInput
     │    ├── BinaryInput
     │    ├── TooLarge
     │    └── UnreadableInput  missing path, undecodable text, unparseable JSONL line
     ├── StoreError            the store cannot be opened, migrated or written
     ├── ConfigError           a setting or a registered name is wrong
     ├── FilterError           a filter value that means nothing (a date, a type, a limit)
     ├── NotFound              an id that names nothing stored (a feed, a watch-list)
     ├── FeedError             a followed feed or its article cannot be fetched or read (claimgraph watch)
     └── Interrupted           Ctrl-C: what was stored before it is kept
"""


class ClaimgraphError(Exception):
    """Base of every error claimgraph raises on purpose."""


class InputError(ClaimgraphError):
    pass


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class TooLarge(InputError):
    pass


class UnreadableInput(InputError):
    pass


class StoreError(ClaimgraphError):
    pass


class ConfigError(ClaimgraphError):
    pass


class FilterError(ClaimgraphError):
    pass


class NotFound(ClaimgraphError):
    pass


class FeedError(ClaimgraphError):
    pass


class Interrupted(ClaimgraphError):
    """The user stopped a run (Ctrl-C); the message says what was kept and what to do next."""
