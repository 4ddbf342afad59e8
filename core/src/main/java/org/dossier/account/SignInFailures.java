package org.dossier.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Failed sign-ins, by what they were for ("pair:alice|203.0.113.7" for an account tried from an address,
 * "address:203.0.113.7" for every account tried from it), kept in the store so that every node counts the same
 * failures and a restart does not forget them.
 */
public interface SignInFailures {

    /** A key's failures since some time: how many, and when the last was (null when none). */
    record Tally(String key, int count, Instant latest) {}

    /**
     * Decides an attempt to sign in, as one step for every node: when no key's failures since {@code since} impose a
     * wait (by that key's back-off), the attempt is recorded as a failure of each key now, under {@code attempt},
     * before its password is checked — so that attempts made at once cannot all pass — and the wait is zero;
     * otherwise nothing is recorded and the longest wait is returned. Failures before {@code since} are forgotten.
     */
    Duration claim(String attempt, Map<String, BackOff> keys, Instant now, Instant since);

    /** The attempt succeeded: its own failures are forgotten, and every failure of {@code cleared}. */
    void succeeded(String attempt, String cleared);

    /** This key's failures since then. */
    Tally tally(String key, Instant since);

    /** Every key's failures since then, the most recent first: what admins are shown. */
    List<Tally> all(Instant since);
}
