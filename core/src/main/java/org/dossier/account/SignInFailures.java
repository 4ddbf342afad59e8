package org.dossier.account;

import java.time.Instant;
import java.util.List;

/**
 * Failed sign-ins, by what they were for ("pair:alice|203.0.113.7" for an account tried from an address,
 * "address:203.0.113.7" for every account tried from it), kept in the store so that every node counts the same
 * failures and a restart does not forget them.
 */
public interface SignInFailures {

    /** A key's failures since some time: how many, and when the last was (null when none). */
    record Tally(String key, int count, Instant latest) {
    }

    /** Records a failure for each key, and forgets every failure older than {@code forgetBefore}. */
    void record(Instant at, Instant forgetBefore, String... keys);

    /** This key's failures since then. */
    Tally tally(String key, Instant since);

    /** Every key's failures since then, the most recent first: what admins are shown. */
    List<Tally> all(Instant since);

    /** Forgets this key's failures (after a successful sign-in). */
    void clear(String key);
}
