package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.ACCOUNT;
import static org.dossier.app.store.schema.Tables.AUDIT_EVENT;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.dossier.account.Account;
import org.dossier.account.Accounts;
import org.dossier.account.AuditEvent;
import org.dossier.account.Role;
import org.dossier.app.store.schema.tables.records.AccountRecord;
import org.dossier.field.FieldException;
import org.dossier.publication.Ids;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts and the audit log in SQL; each change and its audit event in one transaction. */
@Repository
class JooqAccounts implements Accounts {
    private final DSLContext db;
    private final TransactionTemplate transaction;
    private final WriteLock writeLock;
    private final Clock clock;

    JooqAccounts(DSLContext db, PlatformTransactionManager transactions, WriteLock writeLock, Clock clock) {
        this.db = db;
        this.transaction = new TransactionTemplate(transactions);
        this.writeLock = writeLock;
        this.clock = clock;
    }

    @Override
    public Account add(String username, String name, Role role, String passwordHash, String actor) {
        return write(() -> {
            if (db.fetchExists(ACCOUNT, ACCOUNT.USERNAME.eq(username))) {
                throw new FieldException("username", "the username '" + username + "' is taken");
            }
            Instant now = now();
            AccountRecord r = db.newRecord(ACCOUNT);
            r.setId(Ids.newId());
            r.setUsername(username);
            r.setName(name);
            r.setPasswordHash(passwordHash);
            r.setRole(role.key());
            r.setDisabled(false);
            r.setCreatedAt(now.toEpochMilli());
            r.insert();
            insert(new AuditEvent(now, actor, "account added", username, "role " + role.key()));
            return account(r);
        });
    }

    @Override
    public Optional<Account> find(String username) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchOptional(JooqAccounts::account);
    }

    @Override
    public Optional<Credentials> credentials(String username) {
        return db.selectFrom(ACCOUNT)
                .where(ACCOUNT.USERNAME.eq(username))
                .fetchOptional(r -> new Credentials(account(r), r.getPasswordHash()));
    }

    @Override
    public List<Account> all() {
        return db.selectFrom(ACCOUNT).orderBy(ACCOUNT.USERNAME).fetch(JooqAccounts::account);
    }

    @Override
    public void changeRole(String username, Role role, String actor) {
        change(
                username,
                ACCOUNT.ROLE,
                role.key(),
                actor,
                "role changed",
                before -> before.role().key() + " → " + role.key());
    }

    @Override
    public void setDisabled(String username, boolean disabled, String actor) {
        change(
                username,
                ACCOUNT.DISABLED,
                disabled,
                actor,
                disabled ? "account disabled" : "account enabled",
                before -> null);
    }

    @Override
    public void changePassword(String username, String passwordHash, String actor) {
        change(username, ACCOUNT.PASSWORD_HASH, passwordHash, actor, "password changed", before -> null);
    }

    /** Sets one column of an existing account and records it in the audit log, in one transaction. */
    private <T> void change(
            String username,
            TableField<AccountRecord, T> column,
            T value,
            String actor,
            String action,
            java.util.function.Function<Account, String> detail) {
        write(() -> {
            Account before = existing(username);
            db.update(ACCOUNT)
                    .set(column, value)
                    .where(ACCOUNT.USERNAME.eq(username))
                    .execute();
            insert(new AuditEvent(now(), actor, action, username, detail.apply(before)));
            return null;
        });
    }

    @Override
    public List<AuditEvent> audit(int limit) {
        return db.selectFrom(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(limit)
                .fetch(r -> new AuditEvent(
                        Instant.ofEpochMilli(r.getAt()), r.getActor(), r.getAction(), r.getSubject(), r.getDetail()));
    }

    @Override
    public void record(AuditEvent event) {
        write(() -> {
            insert(event);
            return null;
        });
    }

    private Account existing(String username) {
        return find(username)
                .orElseThrow(() -> new FieldException("username", "there is no account '" + username + "'"));
    }

    private void insert(AuditEvent e) {
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.ID, Ids.newId())
                .set(AUDIT_EVENT.AT, e.at().toEpochMilli())
                .set(AUDIT_EVENT.ACTOR, e.actor())
                .set(AUDIT_EVENT.ACTION, e.action())
                .set(AUDIT_EVENT.SUBJECT, e.subject())
                .set(AUDIT_EVENT.DETAIL, e.detail())
                .execute();
    }

    private <T> T write(Supplier<T> work) {
        return writeLock.holding(() -> transaction.execute(status -> work.get()));
    }

    private Instant now() {
        return clock.instant();
    }

    private static Account account(AccountRecord r) {
        return new Account(
                r.getId(),
                r.getUsername(),
                r.getName(),
                Role.parse(r.getRole()).orElseThrow(),
                Boolean.TRUE.equals(r.getDisabled()),
                Instant.ofEpochMilli(r.getCreatedAt()));
    }
}
