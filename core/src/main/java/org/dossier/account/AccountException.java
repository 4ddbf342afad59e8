package org.dossier.account;

/** A change of accounts that cannot be made, with the field it is about and what to do. */
public class AccountException extends RuntimeException {
    private final String field;

    public AccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
