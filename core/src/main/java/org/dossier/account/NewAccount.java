package org.dossier.account;

import java.util.Locale;
import org.dossier.field.FieldException;

/**
 * The rules for a new account, checked before anything is stored: a username of 3–40 letters, digits,
 * dots, hyphens or underscores (kept in lower case), a name, and a password of at least 12 characters that
 * is not the username.
 */
public record NewAccount(String username, String name, Role role, String password) {
    public static final int MIN_PASSWORD = 12;

    public NewAccount {
        username = normalize(username);
        name = name == null || name.isBlank() ? username : name.strip();
        if (!username.matches("[a-z0-9._-]{3,40}")) {
            throw new FieldException("username", "a username is 3 to 40 letters, digits, dots, hyphens or underscores");
        }
        if (role == null) {
            throw new FieldException("role", "the role is admin, editor, contributor or reader");
        }
        checkPassword(username, password);
    }

    /** Usernames are compared and kept in lower case, without surrounding spaces. */
    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public static void checkPassword(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            throw new FieldException("password", "a password has at least " + MIN_PASSWORD + " characters");
        }
        if (password.strip().equalsIgnoreCase(username)) {
            throw new FieldException("password", "the password must not be the username");
        }
    }
}
