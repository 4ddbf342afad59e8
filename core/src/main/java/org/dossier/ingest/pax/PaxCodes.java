package org.dossier.ingest.pax;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What PA-X codes mean, after the PA-X codebook: which coded columns become topics, and the names of
 * its stages, agreement types and regions. A topic column counts when its value is above 0.
 */
final class PaxCodes {
    static final Map<String, String> TOPICS = topics();

    static final Map<String, String> STAGES = Map.of(
            "Pre", "Pre-negotiation/process",
            "SubPar", "Framework/substantive – partial",
            "SubComp", "Framework/substantive – comprehensive",
            "Imp", "Implementation/renegotiation",
            "Cea", "Ceasefire/related",
            "Ren", "Renewal",
            "Oth", "Other");

    static final Map<String, String> AGREEMENT_TYPES = Map.of(
            "Inter", "Interstate",
            "Intra", "Intrastate",
            "InterIntra", "Interstate/intrastate",
            "IntraLocal", "Intrastate/local");

    /** PA-X regions, as the places Dossier has for them ("Cross-regional" has none). */
    static final Map<String, String> REGIONS = Map.of(
            "Africa (excl MENA)", "sub-saharan-africa",
            "Americas", "americas",
            "Asia and Pacific", "asia-pacific",
            "Europe and Eurasia", "europe-eurasia",
            "Middle East and North Africa", "mena");

    private PaxCodes() {}

    private static Map<String, String> topics() {
        try (Reader in =
                new InputStreamReader(PaxCodes.class.getResourceAsStream("topics.csv"), StandardCharsets.UTF_8)) {
            Map<String, String> out = new LinkedHashMap<>();
            for (CSVRecord r : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                out.put(r.get("column"), r.get("topic"));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
