package org.dossier.app.account;

import org.dossier.account.Account;
import org.dossier.account.Accounts;
import org.dossier.account.NewAccount;
import org.dossier.account.Role;
import org.dossier.field.FieldException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Adding and changing accounts, from the admin pages and the command line alike: passwords are checked
 * and hashed here (Argon2id), and an admin cannot take away their own admin rights or disable themselves,
 * so that a site always keeps an admin who can sign in.
 */
@Service
public class AccountManager {
    private final Accounts accounts;
    private final PasswordEncoder passwords;

    AccountManager(Accounts accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    public Account add(NewAccount account, String actor) {
        return accounts.add(
                account.username(), account.name(), account.role(), passwords.encode(account.password()), actor);
    }

    public void changeRole(String username, Role role, String actor) {
        username = NewAccount.normalize(username);
        if (username.equals(actor) && role != Role.ADMIN) {
            throw new FieldException("role", "an admin cannot take away their own admin rights; ask another admin");
        }
        accounts.changeRole(username, role, actor);
    }

    public void setDisabled(String username, boolean disabled, String actor) {
        username = NewAccount.normalize(username);
        if (username.equals(actor) && disabled) {
            throw new FieldException("disabled", "an admin cannot disable their own account");
        }
        accounts.setDisabled(username, disabled, actor);
    }

    public void changePassword(String username, String password, String actor) {
        username = NewAccount.normalize(username);
        NewAccount.checkPassword(username, password);
        accounts.changePassword(username, passwords.encode(password), actor);
    }
}
