package org.dossier.ingest;

import java.io.Closeable;
import java.io.IOException;

/** Reads one source, record by record, without holding it all in memory. */
public interface RecordReader extends Closeable {

    /** The next unit or error, or null at the end of the source. */
    Parsed next() throws IOException;

    /** How far through the source the reader is, as a share from 0 to 1 (for progress). */
    double fractionRead();
}
