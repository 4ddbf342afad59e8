package org.dossier.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A fixed sample of ReliefWeb reports (by a hash of their ids) whose place suggestions were judged by hand: the
 * report ids, read from the shared data so that no report's text is kept in the project.
 */
final class PlaceSample {
    static final int SIZE = 40;

    private PlaceSample() {}

    /** The sampled reports' id, title and text (the first line of a post is its title). */
    static List<String[]> reports(Path data) throws IOException {
        Map<String, String> posts = new LinkedHashMap<>();
        try (Reader in =
                Files.newBufferedReader(data.resolve("reliefweb_report_theme_en-1k.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                posts.putIfAbsent(row.get("nid"), row.get("post").strip());
            }
        }
        List<String> ids = new ArrayList<>(posts.keySet());
        ids.sort(Comparator.comparingInt((String id) -> id.hashCode() * 0x9E3779B9)
                .thenComparing(id -> id));
        List<String[]> out = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(SIZE, ids.size()))) {
            String post = posts.get(id);
            int end = post.indexOf('\n');
            out.add(new String[] {
                id,
                end < 0 ? post : post.substring(0, end).strip(),
                end < 0 ? "" : post.substring(end + 1).strip()
            });
        }
        return out;
    }
}
