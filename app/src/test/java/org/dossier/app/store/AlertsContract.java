package org.dossier.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dossier.alert.Digest;
import org.dossier.alert.Subscription;
import org.dossier.alert.Subscriptions;
import org.dossier.site.SiteLogo;
import org.junit.jupiter.api.Test;

/** What every store's e-mail alerts and logo must do. */
interface AlertsContract {

    Subscriptions subscriptions();

    SiteLogo logo();

    @Test
    default void aDigestIsRecordedOncePerSubscriptionAndPeriodAndSentOnce() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Subscription s = subscription("01JCONTRACTALERT0000000001", "contract-a@example.org", "token-contract-a", now);
        subscriptions().add(s);
        assertThat(subscriptions().confirm(s.token(), now.plus(Duration.ofDays(3))))
                .as("too late")
                .isFalse();
        assertThat(subscriptions().confirm(s.token(), now)).isTrue();
        assertThat(subscriptions().confirm(s.token(), now)).as("twice").isFalse();
        Digest.Item item = new Digest.Item("p1", "A brief", "/publications/2026/11/a", "Monday", "Peace Brief", "why");

        assertThat(subscriptions().record(new Digest(s.id(), "2026-11-30", List.of(item), now, null)))
                .isTrue();
        assertThat(subscriptions().record(new Digest(s.id(), "2026-11-30", List.of(item), now, null)))
                .as("the same period again, as a second node would")
                .isFalse();
        assertThat(subscriptions().unsent(10))
                .extracting(Digest::subscriptionId)
                .contains(s.id());
        assertThat(subscriptions().unsent(10).stream()
                        .filter(d -> d.subscriptionId().equals(s.id()))
                        .findFirst()
                        .orElseThrow()
                        .items())
                .containsExactly(item);
        subscriptions().markSent(s.id(), "2026-11-30", now);
        assertThat(subscriptions().unsent(10))
                .extracting(Digest::subscriptionId)
                .doesNotContain(s.id());
        assertThat(subscriptions().delivered(s.id())).containsExactly("p1");
        assertThat(subscriptions().latestPeriod(s.id())).contains("2026-11-30");
        assertThat(subscriptions().sentSince("contract-a@example.org", now.minusSeconds(1)))
                .isEqualTo(1);
    }

    @Test
    default void anUnsubscribedAlertHasNothingLeftToSendAndAnAddressListsItsAlerts() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Subscription s = subscription("01JCONTRACTALERT0000000002", "contract-b@example.org", "token-contract-b", now);
        subscriptions().add(s);
        subscriptions().confirm(s.token(), now);
        subscriptions().record(new Digest(s.id(), "2026-W49", List.of(), now, null));

        assertThat(subscriptions().unsubscribe(s.token(), now)).isTrue();
        assertThat(subscriptions().unsubscribe(s.token(), now)).isFalse();
        assertThat(subscriptions().unsent(10))
                .extracting(Digest::subscriptionId)
                .doesNotContain(s.id());
        assertThat(subscriptions().byEmail("contract-b@example.org"))
                .extracting(Subscription::status)
                .containsExactly(Subscription.Status.UNSUBSCRIBED);
        assertThat(subscriptions().requestedSince("contract-b@example.org", now.minusSeconds(1)))
                .isEqualTo(1);
        assertThat(subscriptions().requestedBySince("requester-b", now.minusSeconds(1)))
                .isEqualTo(1);
    }

    @Test
    default void keepsOneLogoAndItsBytes() {
        logo().save(new SiteLogo.Image("image/png", new byte[] {1, 2, 3}, "abc"));
        logo().save(new SiteLogo.Image("image/svg+xml", "<svg/>".getBytes(), "def"));

        assertThat(logo().version()).contains("def");
        assertThat(logo().read().orElseThrow().bytes()).isEqualTo("<svg/>".getBytes());
        logo().remove();
        assertThat(logo().read()).isEmpty();
    }

    private static Subscription subscription(String id, String email, String token, Instant now) {
        return new Subscription(
                id,
                email,
                "/places/MLI",
                "Mali",
                "country=MLI",
                Subscription.Frequency.DAILY,
                Subscription.Status.PENDING,
                token,
                now,
                now.plus(Duration.ofDays(2)),
                null,
                email.equals("contract-b@example.org") ? "requester-b" : "requester-a");
    }
}
