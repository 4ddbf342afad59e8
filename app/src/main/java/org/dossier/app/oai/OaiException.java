package org.dossier.app.oai;

/** A request the repository answers with an OAI-PMH error: its code, and a message a person can act on. */
class OaiException extends RuntimeException {
    private final OaiError error;

    OaiException(OaiError error, String message) {
        super(message);
        this.error = error;
    }

    OaiError error() {
        return error;
    }

    /** The OAI-PMH error codes, as the protocol spells them. */
    enum OaiError {
        BAD_ARGUMENT("badArgument"),
        BAD_RESUMPTION_TOKEN("badResumptionToken"),
        BAD_VERB("badVerb"),
        CANNOT_DISSEMINATE_FORMAT("cannotDisseminateFormat"),
        ID_DOES_NOT_EXIST("idDoesNotExist"),
        NO_RECORDS_MATCH("noRecordsMatch");

        final String code;

        OaiError(String code) {
            this.code = code;
        }

        /** The request could not be read at all: its response echoes no arguments. */
        boolean unreadable() {
            return this == BAD_VERB || this == BAD_ARGUMENT;
        }
    }
}
