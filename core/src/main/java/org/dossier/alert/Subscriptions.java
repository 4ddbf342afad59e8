package org.dossier.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** E-mail alerts as the store keeps them: subscriptions, and the digests made and sent for them. */
public interface Subscriptions {

    void add(Subscription subscription);

    Optional<Subscription> byToken(String token);

    Optional<Subscription> byId(String id);

    /** Every subscription of one address, newest first. */
    List<Subscription> byEmail(String email);

    /** Makes a pending subscription active; false when it is not pending or its confirmation has expired. */
    boolean confirm(String token, Instant now);

    /** Ends a subscription; false when there is none with that token or it had ended already. */
    boolean unsubscribe(String token, Instant now);

    List<Subscription> active();

    /** How many subscriptions were asked for since then for this address, and by this requester. */
    int requestedSince(String email, Instant since);

    int requestedBySince(String requestedBy, Instant since);

    /** The ids of every publication a digest of this subscription has named. */
    Set<String> delivered(String subscriptionId);

    /** The period of this subscription's latest digest, if it has one. */
    Optional<String> latestPeriod(String subscriptionId);

    /** Records a digest before it is sent; false when the subscription has one for that period already. */
    boolean record(Digest digest);

    /** Digests recorded and not yet sent, of subscriptions still active, oldest first. */
    List<Digest> unsent(int limit);

    void markSent(String subscriptionId, String period, Instant at);

    /** How many digests were sent to this address since then. */
    int sentSince(String email, Instant since);
}
