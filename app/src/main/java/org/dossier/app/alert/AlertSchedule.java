package org.dossier.app.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dossier.app.shared.ThisNode;
import org.dossier.cluster.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Makes and sends the alerts' digests: every minute, on the one node of the cluster that claims the minute, from
 * {@code dossier.alerts.hour} (UTC) on each day. Nothing runs while e-mail is not set up.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
class AlertSchedule implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(AlertSchedule.class);
    private static final Duration EVERY = Duration.ofMinutes(1);

    private final DigestBuilder builder;
    private final DigestSender sender;
    private final AlertMail mail;
    private final ClusterJobs jobs;
    private final ThisNode node;
    private final Clock clock;
    private final int hour;
    private ScheduledExecutorService scheduler;

    AlertSchedule(
            DigestBuilder builder,
            DigestSender sender,
            AlertMail mail,
            ClusterJobs jobs,
            ThisNode node,
            Clock clock,
            @Value("${dossier.alerts.hour:6}") int hour) {
        this.builder = builder;
        this.sender = sender;
        this.mail = mail;
        this.jobs = jobs;
        this.node = node;
        this.clock = clock;
        this.hour = hour;
    }

    private void tick() {
        try {
            if (!mail.enabled() || !jobs.claim("alert-digests", node.id(), EVERY.minusSeconds(5))) {
                return;
            }
            var now = clock.instant();
            int made = now.atZone(ZoneOffset.UTC).getHour() >= hour ? builder.build(now) : 0;
            int sent = sender.send();
            if (made > 0 || sent > 0) {
                log.info("alerts: made {} digests, sent {}", made, sent);
            }
        } catch (RuntimeException e) {
            log.warn("alerts: the digest run failed (will retry): {}", e.toString());
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "alert-digests");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::tick, EVERY.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
