package org.dossier.app.store;

/** What an outbox entry says happened to its publication, as the outbox's change_kind column holds it. */
enum OutboxChange {
    UPSERT,
    DELETE;

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
