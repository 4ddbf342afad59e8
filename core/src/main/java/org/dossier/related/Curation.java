package org.dossier.related;

import java.util.ArrayList;
import java.util.List;
import org.dossier.publication.Publication;

/**
 * Editors' choices of a publication's related publications: pins (shown first, in their order) and bans
 * (never shown). Pinning lifts a ban and banning removes a pin; a publication is never related to itself.
 */
public final class Curation {
    private Curation() {}

    /** Pins {@code other} at a position from 0 (clamped; past the end means last), moving it if pinned already. */
    public static Publication pin(Publication p, String other, int position) {
        refuseItself(p, other);
        List<String> pins = new ArrayList<>(p.related());
        pins.remove(other);
        pins.add(Math.max(0, Math.min(position, pins.size())), other);
        List<String> bans = new ArrayList<>(p.bannedRelated());
        bans.remove(other);
        return p.toBuilder().related(pins).bannedRelated(bans).build();
    }

    public static Publication unpin(Publication p, String other) {
        List<String> pins = new ArrayList<>(p.related());
        pins.remove(other);
        return p.toBuilder().related(pins).build();
    }

    public static Publication ban(Publication p, String other) {
        refuseItself(p, other);
        List<String> pins = new ArrayList<>(p.related());
        pins.remove(other);
        List<String> bans = new ArrayList<>(p.bannedRelated());
        if (!bans.contains(other)) {
            bans.add(other);
        }
        return p.toBuilder().related(pins).bannedRelated(bans).build();
    }

    public static Publication unban(Publication p, String other) {
        List<String> bans = new ArrayList<>(p.bannedRelated());
        bans.remove(other);
        return p.toBuilder().bannedRelated(bans).build();
    }

    /** Moves a pin one place earlier (-1) or later (+1); nothing when it is not pinned or already at that end. */
    public static Publication move(Publication p, String other, int by) {
        int at = p.related().indexOf(other);
        return at < 0 ? p : pin(p, other, at + by);
    }

    private static void refuseItself(Publication p, String other) {
        if (other.equals(p.id())) {
            throw new IllegalArgumentException("a publication cannot be related to itself");
        }
    }
}
