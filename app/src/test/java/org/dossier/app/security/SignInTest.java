package org.dossier.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dossier.app.store.schema.Tables.ACCOUNT;

import java.net.http.HttpResponse;
import java.util.Map;
import org.dossier.account.NewAccount;
import org.dossier.account.Role;
import org.dossier.app.account.AccountManager;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing in and out, what is stored of a password, throttling, disabled accounts, and the security headers. */
class SignInTest extends AccountSite {
    @Autowired
    AccountManager manager;

    @Autowired
    DSLContext db;

    @Test
    void signsInWithTheFormAndOutAgain() throws Exception {
        SignedIn admin = as(Role.ADMIN);
        assertThat(admin.get("/admin/accounts").body()).contains("Signed in as admin");

        HttpResponse<String> out = admin.postForm("/logout", Map.of(), true);

        assertThat(out.headers().firstValue("Location")).get().asString().endsWith("/login?signed-out");
        assertThat(admin.get("/admin/accounts").statusCode()).isEqualTo(302);
    }

    @Test
    void keepsOnlyAnArgon2idHashOfThePassword() {
        String hash = db.select(ACCOUNT.PASSWORD_HASH)
                .from(ACCOUNT)
                .where(ACCOUNT.USERNAME.eq("editor"))
                .fetchOne(ACCOUNT.PASSWORD_HASH);

        assertThat(hash).startsWith("$argon2id$").doesNotContain(PASSWORD);
    }

    @Test
    void tellsAWrongPasswordApartFromNothingButSaysItDidNotMatch() throws Exception {
        HttpResponse<String> r = SignedIn.anonymous(port)
                .postForm("/login", Map.of("username", "editor", "password", "not the password"), true);

        assertThat(r.headers().firstValue("Location")).get().asString().endsWith("/login?error");
        assertThat(SignedIn.anonymous(port).get("/login?error").body())
                .contains("That username and password do not match an account that may sign in.");
    }

    @Test
    void makesAnAccountWaitAfterThreeFailuresFromHereEvenWithTheRightPassword() throws Exception {
        manager.add(new NewAccount("guessed", null, Role.EDITOR, PASSWORD), "test");
        SignedIn attacker = SignedIn.anonymous(port);
        for (int i = 0; i < LoginThrottle.FREE_PER_PAIR; i++) {
            attacker.postForm("/login", Map.of("username", "guessed", "password", "guess " + i), true);
        }

        HttpResponse<String> r =
                SignedIn.anonymous(port).postForm("/login", Map.of("username", "Guessed", "password", PASSWORD), true);

        assertThat(r.headers().firstValue("Location")).get().asString().contains("/login?throttled=");
        assertThat(SignedIn.anonymous(port).get("/login?throttled=1").body())
                .contains("Too many failed sign-ins from here: wait 1 second");
    }

    @Test
    void believesNoForwardedAddressFromAClientThatIsNoConfiguredProxy() throws Exception {
        manager.add(new NewAccount("spoofed", null, Role.EDITOR, PASSWORD), "test");
        for (int i = 0; i < LoginThrottle.FREE_PER_PAIR; i++) {
            SignedIn.anonymousFrom(port, "203.0.113.50")
                    .postForm("/login", Map.of("username", "spoofed", "password", "guess " + i), true);
        }

        HttpResponse<String> r = SignedIn.anonymousFrom(port, "203.0.113.51")
                .postForm("/login", Map.of("username", "spoofed", "password", "guess again"), true);

        assertThat(r.headers().firstValue("Location")).get().asString().contains("/login?throttled=");
    }

    @Test
    void refusesADisabledAccount() throws Exception {
        manager.add(new NewAccount("leaver", null, Role.EDITOR, PASSWORD), "test");
        SignedIn.as(port, "leaver", PASSWORD);
        manager.setDisabled("leaver", true, "admin");

        assertThatThrownBy(() -> SignedIn.as(port, "leaver", PASSWORD)).hasMessageContaining("/login?error");
    }

    @Test
    void addsAnAccountFromTheAdminPageAndAuditsIt() throws Exception {
        SignedIn admin = as(Role.ADMIN);

        HttpResponse<String> r = admin.postForm(
                "/admin/accounts",
                Map.of("username", "Newsdesk", "name", "News Desk", "role", "contributor", "password", PASSWORD),
                true);

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/accounts").body()).contains("Added newsdesk (contributor).");
        assertThat(accounts.find("newsdesk")).get().extracting(a -> a.role()).isEqualTo(Role.CONTRIBUTOR);
        assertThat(admin.get("/admin/audit").body()).contains("<td>admin</td><td>account added</td><td>newsdesk</td>");
    }

    @Test
    void showsWhatIsWrongNextToTheFieldAndStoresNothing() throws Exception {
        SignedIn admin = as(Role.ADMIN);

        HttpResponse<String> r = admin.postForm(
                "/admin/accounts", Map.of("username", "shorty", "role", "editor", "password", "short"), true);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .contains("<p class=\"field-error\" id=\"password-error\">a password has at least 12 characters</p>")
                .contains("value=\"shorty\"");
        assertThat(accounts.find("shorty")).isEmpty();
    }

    @Test
    void keepsAnAdminFromTakingAwayTheirOwnRights() throws Exception {
        SignedIn admin = as(Role.ADMIN);

        admin.postForm("/admin/accounts/admin/role", Map.of("role", "editor"), true);

        assertThat(accounts.find("admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(admin.get("/admin/accounts").body()).contains("an admin cannot take away their own admin rights");
    }

    @Test
    void sendsSecurityHeadersThatAllowNoInlineScript() throws Exception {
        for (String path : java.util.List.of("/", "/publications", "/login")) {
            HttpResponse<String> r = SignedIn.anonymous(port).get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp)
                    .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }
}
