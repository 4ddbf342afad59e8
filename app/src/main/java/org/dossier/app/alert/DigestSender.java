package org.dossier.app.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.dossier.alert.Digest;
import org.dossier.alert.Subscription;
import org.dossier.alert.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Sends the digests the store holds unsent, oldest first, each marked sent as soon as the SMTP server took it: a
 * run stopped at any point (a crash, a kill, a restart) is resumed by the next, which sends what is left. Paced to
 * {@code dossier.alerts.per-second} messages from the site's address, and at most
 * {@code dossier.alerts.per-address-per-day} digests to one address (the rest wait for the next day).
 */
@Component
public class DigestSender {
    private static final Logger log = LoggerFactory.getLogger(DigestSender.class);
    private static final int BATCH = 200;

    private final Subscriptions subscriptions;
    private final AlertMail mail;
    private final Clock clock;
    private final double perSecond;
    private final int perAddressPerDay;

    DigestSender(
            Subscriptions subscriptions,
            AlertMail mail,
            Clock clock,
            @Value("${dossier.alerts.per-second:5}") double perSecond,
            @Value("${dossier.alerts.per-address-per-day:20}") int perAddressPerDay) {
        this.subscriptions = subscriptions;
        this.mail = mail;
        this.clock = clock;
        this.perSecond = perSecond;
        this.perAddressPerDay = perAddressPerDay;
    }

    /** Sends what is unsent; returns how many digests went out. */
    public int send() {
        if (!mail.enabled()) {
            return 0;
        }
        int sent = 0;
        long pause = perSecond <= 0 ? 0 : (long) (1000 / perSecond);
        for (Digest d : subscriptions.unsent(BATCH)) {
            Optional<Subscription> s = subscriptions.byId(d.subscriptionId());
            Instant now = clock.instant();
            if (s.isEmpty()
                    || subscriptions.sentSince(s.get().email(), now.minus(Duration.ofDays(1))) >= perAddressPerDay) {
                continue;
            }
            if (sent > 0 && pause > 0) {
                sleep(pause);
            }
            try {
                mail.digest(s.get(), d);
            } catch (MailException e) {
                log.warn(
                        "alerts: could not send the {} digest of subscription {} (will retry): {}",
                        d.period(),
                        d.subscriptionId(),
                        e.toString());
                continue;
            }
            subscriptions.markSent(d.subscriptionId(), d.period(), clock.instant());
            sent++;
        }
        return sent;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pacing the alerts", e);
        }
    }
}
