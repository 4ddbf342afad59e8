package org.dossier.app.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.alert.Subscription;
import org.dossier.alert.Subscriptions;
import org.dossier.app.cli.Dossier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** A digest run killed with SIGKILL half-way, then run again, sends every digest exactly once. */
@Tag("slow")
class InterruptedDigestRunTest extends AlertSite {
    private static final int READERS = 12;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    DigestBuilder builder;

    @Value("${dossier.data}")
    Path data;

    @Test
    void aKilledSendRunResumesWithoutSendingAnyDigestTwiceOrSkippingOne() throws Exception {
        Instant confirmed = Instant.now().minus(Duration.ofMinutes(5));
        for (int i = 0; i < READERS; i++) {
            subscriptions.add(new Subscription(
                    String.format("01JKILLTEST%015d", i),
                    "reader" + i + "@example.org",
                    "/places/MLI",
                    "Mali",
                    "country=MLI",
                    Subscription.Frequency.DAILY,
                    Subscription.Status.PENDING,
                    "kill-test-token-" + i,
                    confirmed,
                    confirmed.plus(Duration.ofDays(2)),
                    null,
                    "test"));
            subscriptions.confirm("kill-test-token-" + i, confirmed);
        }
        publish("kill-test-mali-brief", "Councils Before the Rains", "Peace Brief", "MLI");
        builder.build(Instant.now());
        assertThat(subscriptions.unsent(100)).hasSize(READERS);

        Process first = sendAlerts();
        await().atMost(Duration.ofMinutes(2))
                .failFast("the run ended before it was killed", () -> !first.isAlive())
                .until(() -> MAIL.getReceivedMessages().length >= 3);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        int beforeKill = MAIL.getReceivedMessages().length;
        assertThat(beforeKill).isLessThan(READERS);

        Process second = sendAlerts();
        assertThat(second.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).isZero();

        List<String> recipients = new ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            recipients.add(m.getAllRecipients()[0].toString());
        }
        assertThat(recipients).hasSize(READERS).doesNotHaveDuplicates();
        assertThat(subscriptions.unsent(100)).isEmpty();
    }

    /** {@code dossier send-alerts} in a JVM of its own, on this site's store, two messages a second. */
    private Process sendAlerts() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(List.of(
                        java.toString(),
                        "-cp",
                        classpath,
                        Dossier.class.getName(),
                        "--data",
                        data.toString(),
                        "send-alerts",
                        "--spring.mail.host=localhost",
                        "--spring.mail.port=" + ServerSetupTest.SMTP.getPort(),
                        "--dossier.alerts.from=alerts@institute.example",
                        "--dossier.alerts.per-second=2"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
