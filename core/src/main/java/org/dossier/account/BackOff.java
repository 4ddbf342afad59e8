package org.dossier.account;

import java.time.Duration;
import java.time.Instant;

/**
 * How long sign-ins must wait after failures, as OWASP advises instead of a lockout: a few attempts are free,
 * then each further failure doubles the wait counted from the last one, up to a ceiling. The wait ends by itself;
 * nothing is locked until someone else lifts it.
 */
public record BackOff(int free, Duration first, Duration ceiling) {

    /** What is left of the wait {@code failures} (the last at {@code last}) impose at {@code now}; zero when none. */
    public Duration remaining(int failures, Instant last, Instant now) {
        if (failures < free || last == null) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration wait = first.multipliedBy(1L << doublings);
        Duration left = (wait.compareTo(ceiling) > 0 ? ceiling : wait).minus(Duration.between(last, now));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
