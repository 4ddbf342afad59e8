package org.dossier.ingest;

/** Hears what an import does, as it happens: the CLI prints it, tests collect it. */
public interface ImportListener {

    /** A record could not be imported. */
    void failed(RecordError error);

    /** Something the user should know, although the record was imported. */
    void noted(SourceLocation location, String note);

    /** Called now and then with the publications done so far and the share of the source read. */
    default void progress(long records, double fractionRead) {}

    ImportListener SILENT = new ImportListener() {
        @Override
        public void failed(RecordError error) {}

        @Override
        public void noted(SourceLocation location, String note) {}
    };
}
