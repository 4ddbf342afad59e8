package org.dossier.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.dossier.account.NewAccount;
import org.dossier.account.Role;
import org.dossier.app.DossierApplication;
import org.dossier.app.account.AccountManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An editor who signed in is still signed in after the server restarts, and failed sign-ins are still counted:
 * sessions and failures live in the store (so every node of a cluster shares them).
 */
@Tag("slow")
class SessionsSurviveRestartTest {

    @Test
    void onTheEmbeddedStore() throws Exception {
        signInRestartAndStaySignedInAndThrottled(List.of());
    }

    @Test
    void onPostgreSql() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            signInRestartAndStaySignedInAndThrottled(List.of(
                    "--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres"));
        }
    }

    private static void signInRestartAndStaySignedInAndThrottled(List<String> store) throws Exception {
        List<String> args = new ArrayList<>(store);
        args.add("--dossier.data=" + Files.createTempDirectory("dossier-session-test"));
        SignedIn editor;
        try (ConfigurableApplicationContext first = start(args)) {
            first.getBean(AccountManager.class)
                    .add(new NewAccount("editor", null, Role.ADMIN, "a long enough passphrase"), "test");
            first.getBean(AccountManager.class)
                    .add(new NewAccount("guessed", null, Role.EDITOR, "a long enough passphrase"), "test");
            editor = SignedIn.as(port(first), "editor", "a long enough passphrase");
            assertThat(editor.get("/admin/accounts").statusCode()).isEqualTo(200);
            for (int i = 0; i < LoginThrottle.FREE_PER_PAIR; i++) {
                SignedIn.anonymous(port(first))
                        .postForm("/login", java.util.Map.of("username", "guessed", "password", "guess " + i), true);
            }
        }
        try (ConfigurableApplicationContext second = start(args)) {
            SignedIn again = editor.at(port(second));

            assertThat(again.get("/admin/accounts").statusCode()).isEqualTo(200);
            assertThat(SignedIn.anonymous(port(second)).get("/admin/accounts").statusCode())
                    .isEqualTo(302);
            assertThat(again.get("/admin/sign-ins").body())
                    .as("failures kept in the store")
                    .containsPattern("<td>guessed</td><td>[^<]+</td><td>" + LoginThrottle.FREE_PER_PAIR + "</td>");
        }
    }

    private static ConfigurableApplicationContext start(List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.add("--server.port=0");
        return new SpringApplicationBuilder(DossierApplication.class).run(all.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
