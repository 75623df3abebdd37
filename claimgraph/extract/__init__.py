"""Pure extractors: (Document, parsed Doc, earlier records) in, new records out, each with Evidence."""
