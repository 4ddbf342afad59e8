package org.dossier.ingest.pax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.dossier.catalog.Incoming;
import org.dossier.field.FieldException;
import org.dossier.ingest.ImportUnit;
import org.dossier.ingest.Parsed;
import org.dossier.ingest.RecordError;
import org.dossier.ingest.RecordReader;
import org.dossier.ingest.SourceLocation;
import org.dossier.ingest.TextSource;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Status;

/**
 * Reads the PA-X Peace Agreements Database CSV (RFC 4180, multi-line cells): one agreement per row,
 * with its countries, region, peace process (as the collection), stage, parties and coded topics.
 */
public final class PaxReader implements RecordReader {
    /** What PA-X's collections are: each agreement's collection is its peace process. */
    public static final String PEACE_PROCESS = "peace process";

    static final List<String> REQUIRED =
            List.of("AgtId", "Agt", "Dat", "Con", "Reg", "Loc1ISO", "Loc2ISO", "PPName", "Stage", "Part");

    private final String file;
    private final Gazetteer gazetteer;
    private final TextSource text;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final String headerProblem;
    private final String problemColumns;
    private long lastLine;
    private boolean ended;

    public PaxReader(Path path, Gazetteer gazetteer) throws IOException {
        this.file = path.getFileName().toString();
        this.gazetteer = gazetteer;
        this.text = new TextSource(path);
        CSVParser csv = null;
        String problem = null;
        String columns = null;
        try {
            csv = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setAllowMissingColumnNames(true)
                    .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                    .get()
                    .parse(text.reader());
            List<String> names = csv.getHeaderNames();
            List<String> twice = names.stream()
                    .filter(n -> !n.isBlank() && names.indexOf(n) != names.lastIndexOf(n))
                    .distinct()
                    .toList();
            List<String> missing =
                    REQUIRED.stream().filter(c -> !names.contains(c)).toList();
            if (text.notUtf8(1, Math.max(1, csv.getCurrentLineNumber()))) {
                problem = "the header is not UTF-8 text";
            } else if (!twice.isEmpty()) {
                columns = String.join(", ", twice);
                problem = "named more than once in the header: which to read is not known";
            } else if (!missing.isEmpty()) {
                columns = String.join(", ", missing);
                problem = "missing from the header: this is not a PA-X agreements file";
            }
        } catch (IllegalArgumentException | UncheckedIOException e) {
            problem = "the header cannot be read as CSV: " + rootMessage(e);
        }
        this.parser = csv;
        this.rows = csv == null ? null : csv.iterator();
        this.lastLine = csv == null ? 1 : csv.getCurrentLineNumber();
        this.headerProblem = problem;
        this.problemColumns = columns;
    }

    @Override
    public Parsed next() {
        if (ended) {
            return null;
        }
        if (headerProblem != null) {
            ended = true;
            return new RecordError(new SourceLocation(file, 1), problemColumns, headerProblem);
        }
        try {
            if (!rows.hasNext()) {
                return end();
            }
            SourceLocation at = new SourceLocation(file, lastLine + 1);
            CSVRecord row = rows.next();
            lastLine = parser.getCurrentLineNumber();
            if (text.notUtf8(at.line(), Math.max(at.line(), lastLine))) {
                return new RecordError(at, null, "is not UTF-8 text; skipped");
            }
            try {
                return ImportUnit.of(at, Incoming.whole(agreement(row)).inCollectionOfKind(PEACE_PROCESS));
            } catch (FieldException e) {
                return RecordError.at(at, e);
            } catch (RuntimeException e) {
                return new RecordError(at, null, String.valueOf(e.getMessage()));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            ended = true;
            return new RecordError(
                    new SourceLocation(file, lastLine + 1),
                    null,
                    "cannot be read as CSV from here on (" + rootMessage(e) + "): the agreements before it are kept");
        }
    }

    /** The end of the rows: where a compressed file was cut short, if it was, else nothing more. */
    private Parsed end() {
        ended = true;
        return text.cutShort() == null
                ? null
                : new RecordError(
                        new SourceLocation(file, Math.max(1, lastLine)),
                        null,
                        text.cutShort() + ": the agreements before it are kept");
    }

    private static String rootMessage(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    private Publication agreement(CSVRecord row) {
        if (row.size() != parser.getHeaderNames().size()) {
            throw new FieldException(
                    null,
                    "has " + row.size() + " cells where the header has "
                            + parser.getHeaderNames().size());
        }
        String id = cell(row, "AgtId");
        if (id == null || !id.matches("\\d+")) {
            throw new FieldException("AgtId", "'" + row.get("AgtId") + "' is not an agreement number");
        }
        String title = cell(row, "Agt");
        if (title == null) {
            throw new FieldException("Agt", "the agreement has no title");
        }
        PublicationDate date;
        try {
            date = PublicationDate.parse(cell(row, "Dat"));
        } catch (IllegalArgumentException e) {
            throw new FieldException("Dat", e.getMessage());
        }
        Publication.Builder p = Publication.builder()
                .title(title)
                .type("Peace agreement")
                .status(Status.PUBLISHED)
                .date(date)
                .collection(cell(row, "PPName"))
                .sourceId("pax:" + id);
        for (String column : List.of("Loc1ISO", "Loc2ISO")) {
            String code = cell(row, column);
            if (code != null) {
                p.place(gazetteer
                        .find(code)
                        .orElseThrow(() -> new FieldException(column, "'" + code + "' is not an ISO 3166 alpha-3 code"))
                        .code());
            }
        }
        String location = cell(row, "Con");
        if (location != null) {
            for (String name : location.split("/")) {
                gazetteer.findByName(name).ifPresent(place -> p.place(place.code()));
            }
        }
        String region = PaxCodes.REGIONS.get(cell(row, "Reg"));
        if (region != null) {
            p.place(region);
        }
        PaxCodes.TOPICS.forEach((column, topic) -> {
            String level = row.isMapped(column) ? cell(row, column) : null;
            if (level != null && !level.equals("0")) {
                p.topic(topic);
            }
        });
        attribute(p, "PA-X id", id);
        attribute(p, "Location", location);
        attribute(p, "Agreement type", decode(PaxCodes.AGREEMENT_TYPES, cell(row, "Agtp")));
        attribute(p, "Stage", decode(PaxCodes.STAGES, cell(row, "Stage")));
        attribute(p, "Status", cell(row, "Status"));
        attribute(p, "Parties", cell(row, "Part"));
        attribute(p, "Third parties", cell(row, "ThrdPart"));
        attribute(p, "Pages", cell(row, "Lgt"));
        return p.build();
    }

    private static void attribute(Publication.Builder p, String name, String value) {
        if (value != null) {
            p.attribute(name, value);
        }
    }

    private static String decode(Map<String, String> codes, String code) {
        return code == null ? null : codes.getOrDefault(code, code);
    }

    private static String cell(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String v = row.get(column).strip();
        return v.isEmpty() ? null : v;
    }

    @Override
    public double fractionRead() {
        return text.fractionRead();
    }

    @Override
    public void close() throws IOException {
        text.close();
    }
}
