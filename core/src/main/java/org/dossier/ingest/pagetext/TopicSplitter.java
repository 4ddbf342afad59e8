package org.dossier.ingest.pagetext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a line of topic tags that a crawler saved without separators ("GenderPeace Processes") against
 * the institute's known topics. A tag may only start where one word runs into the next without a space
 * (a capital letter right after a non-space), so "Justice, Security & Rule of Law" stays whole. Text that
 * matches no known topic is kept whole as one tag and reported, never dropped or cut up.
 */
final class TopicSplitter {
    private final Map<String, String> canonical = new HashMap<>();

    TopicSplitter(Collection<String> vocabulary) {
        vocabulary.forEach(t -> canonical.putIfAbsent(key(t), t.strip()));
    }

    record Split(List<String> topics, List<String> unknown) {}

    Split split(String line) {
        String s = line.strip();
        List<Integer> cuts = cutPoints(s);
        int n = cuts.size();
        // best[i]: fewest unknown characters to tag s[0, cuts[i]); ties go to fewer tags
        long[] best = new long[n];
        int[] from = new int[n];
        java.util.Arrays.fill(best, Long.MAX_VALUE);
        best[0] = 0;
        for (int j = 1; j < n; j++) {
            for (int i = 0; i < j; i++) {
                if (best[i] == Long.MAX_VALUE) {
                    continue;
                }
                String piece = s.substring(cuts.get(i), cuts.get(j));
                long cost = best[i] + (canonical.containsKey(key(piece)) ? 0 : piece.length() * 1000L) + 1;
                if (cost < best[j]) {
                    best[j] = cost;
                    from[j] = i;
                }
            }
        }
        List<String> pieces = new ArrayList<>();
        for (int j = n - 1; j > 0; j = from[j]) {
            pieces.add(0, s.substring(cuts.get(from[j]), cuts.get(j)));
        }
        return joinUnknownRuns(pieces);
    }

    private Split joinUnknownRuns(List<String> pieces) {
        List<String> topics = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String piece : pieces) {
            String known = canonical.get(key(piece));
            if (known == null) {
                run.append(piece);
                continue;
            }
            flush(run, topics, unknown);
            topics.add(known);
        }
        flush(run, topics, unknown);
        return new Split(topics, unknown);
    }

    private static void flush(StringBuilder run, List<String> topics, List<String> unknown) {
        String tag = run.toString().strip();
        if (!tag.isEmpty()) {
            topics.add(tag);
            unknown.add(tag);
        }
        run.setLength(0);
    }

    private static List<Integer> cutPoints(String s) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        for (int i = 1; i < s.length(); i++) {
            char before = s.charAt(i - 1);
            boolean acronymEnds =
                    Character.isUpperCase(before) && i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1));
            if (Character.isUpperCase(s.charAt(i))
                    && !Character.isWhitespace(before)
                    && before != '\u00A0'
                    && before != '-'
                    && before != '/'
                    && (!Character.isUpperCase(before) || acronymEnds)) {
                cuts.add(i);
            }
        }
        cuts.add(s.length());
        return cuts;
    }

    private static String key(String topic) {
        return topic.strip().replaceAll("[\\s\\u00A0]+", " ").toLowerCase(Locale.ROOT);
    }
}
