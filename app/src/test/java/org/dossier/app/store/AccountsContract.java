package org.dossier.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.dossier.account.Account;
import org.dossier.account.Accounts;
import org.dossier.account.AuditEvent;
import org.dossier.account.Role;
import org.dossier.field.FieldException;
import org.junit.jupiter.api.Test;

/** What every store's accounts and audit log must do. */
interface AccountsContract {

    Accounts accounts();

    @Test
    default void keepsAnAccountWithItsRoleAndPasswordAndAuditsEachChangeNewestFirst() {
        accounts().add("ana.editor", "Ana Editor", Role.EDITOR, "hash-1", "admin");
        accounts().changeRole("ana.editor", Role.ADMIN, "admin");
        accounts().changePassword("ana.editor", "hash-2", "ana.editor");
        accounts().setDisabled("ana.editor", true, "root");

        Account ana = accounts().find("ana.editor").orElseThrow();
        assertThat(ana.role()).isEqualTo(Role.ADMIN);
        assertThat(ana.disabled()).isTrue();
        assertThat(accounts().credentials("ana.editor").orElseThrow().passwordHash())
                .isEqualTo("hash-2");
        assertThat(accounts().audit(10))
                .extracting(AuditEvent::actor)
                .startsWith("root", "ana.editor", "admin", "admin");
    }

    @Test
    default void refusesAUsernameThatIsTakenNamingTheField() {
        accounts().add("sam", "Sam", Role.READER, "hash", "admin");

        assertThatThrownBy(() -> accounts().add("sam", "Another Sam", Role.EDITOR, "hash", "admin"))
                .isInstanceOf(FieldException.class)
                .extracting(e -> ((FieldException) e).field())
                .isEqualTo("username");
        assertThat(accounts().find("sam").orElseThrow().name()).isEqualTo("Sam");
    }

    @Test
    default void recordsAnEventThatIsNotAChangeOfAnAccount() {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        accounts().record(new AuditEvent(at, "ed", "published", "A brief (01A)", null));

        assertThat(accounts().audit(1)).containsExactly(new AuditEvent(at, "ed", "published", "A brief (01A)", null));
    }
}
