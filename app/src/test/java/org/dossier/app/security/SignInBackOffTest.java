package org.dossier.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.account.NewAccount;
import org.dossier.account.Role;
import org.dossier.app.account.AccountManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Password guessing slowed down, nobody locked out: readers come through the trusted proxy, which names their addresses. */
class SignInBackOffTest extends ProxiedSite {
    private static final String ATTACKER = "203.0.113.7";

    @Autowired
    AccountManager manager;

    @Test
    void oneHundredWrongPasswordsFromOneAddressStopNeitherTheOwnerElsewhereNorOthersThere() throws Exception {
        manager.add(new NewAccount("target", null, Role.EDITOR, PASSWORD), "test");
        manager.add(new NewAccount("colleague", null, Role.EDITOR, PASSWORD), "test");
        SignedIn attacker = SignedIn.anonymousFrom(port, ATTACKER);

        int checked = 0;
        for (int i = 0; i < 100; i++) {
            checked += attempt(attacker, "target", "guess " + i).contains("/login?error") ? 1 : 0;
        }

        assertThat(checked).as("checked at once, before the back-off").isEqualTo(LoginThrottle.FREE_PER_PAIR);
        assertThat(attempt(SignedIn.anonymousFrom(port, ATTACKER), "target", PASSWORD))
                .as("the right password, from there, now")
                .contains("/login?throttled=");
        SignedIn.asFrom(port, "198.51.100.2", "target", PASSWORD);
        SignedIn.asFrom(port, ATTACKER, "colleague", PASSWORD);
    }

    @Test
    void checksOnlyTheFreeAttemptsOfTwentyFiveSentAtOnce() throws Exception {
        manager.add(new NewAccount("rushed", null, Role.EDITOR, PASSWORD), "test");
        ExecutorService clients = Executors.newFixedThreadPool(25);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String guess = "guess " + i;
            SignedIn browser = SignedIn.anonymousFrom(port, "203.0.113.12");
            browser.csrfToken();
            answers.add(clients.submit(() -> attempt(browser, "rushed", guess)));
        }
        int checked = 0;
        for (Future<String> answer : answers) {
            checked += answer.get().contains("/login?error") ? 1 : 0;
        }
        clients.shutdown();

        assertThat(checked).isEqualTo(LoginThrottle.FREE_PER_PAIR);
    }

    @Test
    void slowsAnAttackerDownToOneTryAMinute() throws Exception {
        manager.add(new NewAccount("slowed", null, Role.EDITOR, PASSWORD), "test");
        SignedIn attacker = SignedIn.anonymousFrom(port, "203.0.113.8");

        int checkedInFirstTwoMinutes = 0;
        int checkedLater = 0;
        for (int second = 0; second < 600; second += 5) {
            boolean checked = attempt(attacker, "slowed", "guess " + second).contains("/login?error");
            if (second < 120) {
                checkedInFirstTwoMinutes += checked ? 1 : 0;
            } else {
                checkedLater += checked ? 1 : 0;
            }
            clock.advance(Duration.ofSeconds(5));
        }

        assertThat(checkedInFirstTwoMinutes).isBetween(LoginThrottle.FREE_PER_PAIR, 10);
        assertThat(checkedLater).as("tries checked in the 8 minutes after").isBetween(6, 8);
    }

    @Test
    void makesAnAddressThatTriedManyAccountsWaitThenLetsItsOtherUsersIn() throws Exception {
        manager.add(new NewAccount("neighbour", null, Role.EDITOR, PASSWORD), "test");
        SignedIn sprayer = SignedIn.anonymousFrom(port, "203.0.113.9");
        for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS; i++) {
            attempt(sprayer, "user" + i, "guess");
        }

        String during = attempt(SignedIn.anonymousFrom(port, "203.0.113.9"), "neighbour", PASSWORD);
        clock.advance(Duration.ofSeconds(2));

        assertThat(during).endsWith("/login?throttled=1");
        assertThat(SignedIn.anonymous(port).get("/login?throttled=1").body())
                .contains("Too many failed sign-ins from here: wait 1 second, then try again.");
        SignedIn.asFrom(port, "203.0.113.9", "neighbour", PASSWORD);
    }

    @Test
    void leavesASignedInSessionAloneWhileItsAccountIsGuessedFromTheSameAddress() throws Exception {
        manager.add(new NewAccount("busy", null, Role.EDITOR, PASSWORD), "test");
        SignedIn busy = SignedIn.asFrom(port, "203.0.113.10", "busy", PASSWORD);

        for (int i = 0; i < 10; i++) {
            attempt(SignedIn.anonymousFrom(port, "203.0.113.10"), "busy", "guess " + i);
        }

        assertThat(busy.get("/edit").statusCode()).isEqualTo(200);
    }

    @Test
    void showsAdminsWhichAccountsWereTriedFromWhereAndTheWaitImposed() throws Exception {
        manager.add(new NewAccount("watched", null, Role.EDITOR, PASSWORD), "test");
        for (int i = 0; i < 5; i++) {
            attempt(SignedIn.anonymousFrom(port, "203.0.113.11"), "watched", "guess " + i);
        }

        String page = SignedIn.asFrom(port, "198.51.100.9", "admin", PASSWORD)
                .get("/admin/sign-ins")
                .body();

        assertThat(page)
                .containsPattern("<td>watched</td><td>203\\.0\\.113\\.11</td><td>3</td>\\s*<td>[^<]+</td><td>1 s</td>")
                .containsPattern("<td><em>any</em></td><td>203\\.0\\.113\\.11</td><td>3</td>");
    }

    /**
     * Where one sign-in attempt sent the browser: "/" when in; "/login?error" when the password was checked and
     * did not match (with "&throttled=N" when the next try must wait N seconds); "/login?throttled=N" when refused unchecked.
     */
    private static String attempt(SignedIn browser, String username, String password) throws Exception {
        HttpResponse<String> r = browser.postForm("/login", Map.of("username", username, "password", password), true);
        return r.headers().firstValue("Location").orElse("");
    }
}
