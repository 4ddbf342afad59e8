package org.dossier.app.account;

import java.util.List;
import java.util.Map;
import org.dossier.account.Account;
import org.dossier.account.Role;
import org.dossier.app.security.Csrf;

/** The accounts page: who is signed in, the accounts, and the add form with its errors and entered values. */
public record AccountsPage(
        String me,
        Csrf csrf,
        List<Account> accounts,
        List<Role> roles,
        String done,
        String problem,
        Map<String, String> errors,
        Map<String, String> entered) {
    public String entered(String field) {
        return entered.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.get(field);
    }
}
