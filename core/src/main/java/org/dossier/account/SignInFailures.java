package org.dossier.account;

import java.time.Instant;

/**
 * Failed sign-ins, by what they were for ("user:alice", "address:203.0.113.7"), kept in the store so that
 * every node counts the same failures and a restart does not forget them.
 */
public interface SignInFailures {

    /** Records a failure for each key, and forgets every failure older than {@code forgetBefore}. */
    void record(Instant at, Instant forgetBefore, String... keys);

    /** How many failures this key has had since then. */
    int since(String key, Instant since);

    /** Forgets this key's failures (after a successful sign-in). */
    void clear(String key);
}
