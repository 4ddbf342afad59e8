package org.dossier.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What changed in the store and when, as harvesters read it: every publication at the time it last
 * changed here, and every deletion. Read oldest change first from a position, so that a page deep into a
 * long list costs what the first one does.
 */
public interface ChangeLog {

    /** At most {@code limit} changes matching the filter that come after {@code after} (null: from the start). */
    List<Change> after(ChangeFilter filter, Position after, int limit);

    long count(ChangeFilter filter);

    /** The last change of this publication, whether it exists or was deleted. */
    Optional<Change> find(String id);

    /** When the oldest change still known happened; empty for an empty store. */
    Optional<Instant> earliest();

    /** When the store last changed (a publication written or deleted); empty for a store that never had any. */
    Optional<Instant> latest();

    /** The values that publications have, by kind: type, topic and collection names, place codes. */
    Map<Membership.Kind, Set<String>> memberships();

    /**
     * Every value of this kind the store knows (type, topic and collection names, place codes), including those only deleted
     * publications had: cheaper than {@link #memberships()}, which looks at what is in use.
     */
    Set<String> names(Membership.Kind kind);

    /**
     * A publication at the time it last changed, or a deletion. A deletion keeps what the publication
     * belonged to ({@code formerMemberships}); a publication's memberships are read with the publication.
     */
    record Change(String id, Instant at, boolean deleted, List<Membership> formerMemberships) {
        public Position position() {
            return new Position(at, id);
        }
    }

    /** A place in the order of changes: by time, then by id. */
    record Position(Instant at, String id) {}

    /** Something a publication belongs to: its type, a topic, its collection (by name) or a place (by code). */
    record Membership(Kind kind, String value) {
        public enum Kind {
            TYPE,
            TOPIC,
            COLLECTION,
            PLACE
        }
    }

    /**
     * Changes from {@code from} (inclusive) until {@code until} (exclusive), either open; when {@code kind}
     * is set, only those of publications with one of {@code values} of that kind.
     */
    record ChangeFilter(Instant from, Instant until, Membership.Kind kind, Set<String> values) {
        public ChangeFilter {
            values = values == null ? Set.of() : Set.copyOf(values);
        }

        public static ChangeFilter all() {
            return new ChangeFilter(null, null, null, Set.of());
        }
    }
}
