package org.dossier.ingest;

/** What a reader yields: a unit to write, or a record it could not read. */
public sealed interface Parsed permits ImportUnit, RecordError {
    SourceLocation location();
}
