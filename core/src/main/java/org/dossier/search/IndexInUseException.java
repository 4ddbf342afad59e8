package org.dossier.search;

/** The index is held by another process (a running Dossier owns its index while it serves). */
public final class IndexInUseException extends RuntimeException {
    public IndexInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
