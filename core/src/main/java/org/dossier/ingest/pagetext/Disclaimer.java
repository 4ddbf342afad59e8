package org.dossier.ingest.pagetext;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates an institute's disclaimer ("The views expressed in this brief do not necessarily express the
 * views of …") from the author note it is often run into. The disclaimer runs from the start of that
 * sentence to the end of its paragraph.
 */
final class Disclaimer {
    private static final Pattern START = Pattern.compile(
            "(?:^|(?<=[.!?][\"’”)]?\\s))(?:The|These|Any|All|Its) (?:views|opinions|findings|conclusions)\\b[^\\n]*?"
                    + "(?:not necessarily|are (?:solely )?(?:those|the responsibility) of|do not (?:reflect|represent))");

    private Disclaimer() {}

    /** {about, disclaimer}: either may be null. */
    static String[] split(String about) {
        if (about == null) {
            return new String[] {null, null};
        }
        Matcher m = START.matcher(about);
        if (!m.find()) {
            return new String[] {about, null};
        }
        int end = about.indexOf("\n\n", m.start());
        end = end < 0 ? about.length() : end;
        String disclaimer = about.substring(m.start(), end).strip();
        String rest = (about.substring(0, m.start()) + about.substring(end)).strip();
        return new String[] {rest.isEmpty() ? null : rest, disclaimer};
    }
}
