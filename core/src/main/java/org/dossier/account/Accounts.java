package org.dossier.account;

import java.util.List;
import java.util.Optional;
import org.dossier.field.FieldException;

/**
 * The accounts, with their password hashes (never the passwords). Every change is written with an audit
 * event naming the actor, in the same transaction.
 */
public interface Accounts {

    /** Adds an account; fails with {@link FieldException} when the username is taken. */
    Account add(String username, String name, Role role, String passwordHash, String actor);

    Optional<Account> find(String username);

    /** The account and its password hash, for signing in. */
    Optional<Credentials> credentials(String username);

    List<Account> all();

    void changeRole(String username, Role role, String actor);

    void setDisabled(String username, boolean disabled, String actor);

    void changePassword(String username, String passwordHash, String actor);

    /** The newest events first. */
    List<AuditEvent> audit(int limit);

    /** Records an event that is not a change of an account (publishing, signing in from the CLI …). */
    void record(AuditEvent event);

    record Credentials(Account account, String passwordHash) {}
}
