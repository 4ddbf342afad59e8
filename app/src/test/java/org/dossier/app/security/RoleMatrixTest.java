package org.dossier.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.dossier.account.NewAccount;
import org.dossier.account.Role;
import org.dossier.app.account.AccountManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route that changes something, and every page of the admins, against every kind of visitor: exactly
 * the expected ones are let through, and the others change nothing — also when they post directly,
 * without the form.
 */
class RoleMatrixTest extends AccountSite {
    @Autowired
    AccountManager manager;

    /** Who a route lets through: everyone, or accounts of at least this role. */
    enum Route {
        ADMIN_ACCOUNTS_PAGE(Role.ADMIN),
        ADMIN_AUDIT_PAGE(Role.ADMIN),
        ADD_ACCOUNT(Role.ADMIN),
        CHANGE_ROLE(Role.ADMIN),
        DISABLE_ACCOUNT(Role.ADMIN),
        POST_TO_A_READERS_PAGE(null);

        final Role least;

        Route(Role least) {
            this.least = least;
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : Route.values()) {
            cases.add(Arguments.of(route, null));
            for (Role role : Role.values()) {
                cases.add(Arguments.of(route, role));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void letsThroughExactlyTheRolesARouteIsFor(Route route, Role visitor) throws Exception {
        SignedIn session = visitor == null ? SignedIn.anonymous(port) : as(visitor);
        String target = "target-" + UUID.randomUUID().toString().substring(0, 8);
        manager.add(new NewAccount(target, null, Role.CONTRIBUTOR, PASSWORD), "test");
        String newcomer = "new-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> r = switch (route) {
            case ADMIN_ACCOUNTS_PAGE -> session.get("/admin/accounts");
            case ADMIN_AUDIT_PAGE -> session.get("/admin/audit");
            case ADD_ACCOUNT -> session.postForm("/admin/accounts",
                    Map.of("username", newcomer, "role", "editor", "password", PASSWORD), true);
            case CHANGE_ROLE -> session.postForm("/admin/accounts/" + target + "/role", Map.of("role", "admin"), true);
            case DISABLE_ACCOUNT -> session.postForm("/admin/accounts/" + target + "/disabled", Map.of("disabled", "true"), true);
            case POST_TO_A_READERS_PAGE -> session.postForm("/publications", Map.of("q", "mali"), true);
        };

        boolean allowed = route.least != null && visitor != null && visitor.includes(route.least);
        if (allowed) {
            assertThat(r.statusCode()).isIn(200, 302);
            if (r.statusCode() == 302) {
                assertThat(r.headers().firstValue("Location")).get().asString().endsWith("/admin/accounts");
            }
        } else if (visitor == null) {
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).get().asString().endsWith("/login");
        } else {
            assertThat(r.statusCode()).isEqualTo(403);
        }
        assertThat(accounts.find(newcomer).isPresent()).isEqualTo(allowed && route == Route.ADD_ACCOUNT);
        assertThat(accounts.find(target).orElseThrow().role()).isEqualTo(allowed && route == Route.CHANGE_ROLE ? Role.ADMIN : Role.CONTRIBUTOR);
        assertThat(accounts.find(target).orElseThrow().disabled()).isEqualTo(allowed && route == Route.DISABLE_ACCOUNT);
    }

    @ParameterizedTest(name = "as {0}")
    @MethodSource("everyone")
    void refusesAPostWithoutTheCsrfTokenAndChangesNothing(Role visitor) throws Exception {
        SignedIn session = visitor == null ? SignedIn.anonymous(port) : as(visitor);
        String newcomer = "forged-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> r = session.postForm("/admin/accounts", Map.of("username", newcomer, "role", "admin", "password", PASSWORD), false);

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(accounts.find(newcomer)).isEmpty();
    }

    static Stream<Role> everyone() {
        return Stream.concat(Stream.of((Role) null), Stream.of(Role.values()));
    }
}
