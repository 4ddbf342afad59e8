package org.dossier.app.security;

import java.util.Arrays;
import java.util.List;
import org.dossier.account.Accounts;
import org.dossier.account.NewAccount;
import org.dossier.account.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs in with the accounts in the store; a role brings the roles below it (an admin is also an editor …). */
@Service
class AccountDetails implements UserDetailsService {
    private final Accounts accounts;

    AccountDetails(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.credentials(NewAccount.normalize(username))
                .map(c -> User.withUsername(c.account().username())
                        .password(c.passwordHash())
                        .disabled(c.account().disabled())
                        .authorities(authorities(c.account().role()))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    static List<SimpleGrantedAuthority> authorities(Role role) {
        return Arrays.stream(Role.values())
                .filter(role::includes)
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
    }
}
