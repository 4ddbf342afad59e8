package org.dossier.ingest.pagetext;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dossier.ingest.RecordError;
import org.dossier.ingest.SourceLocation;
import org.dossier.publication.Authorship;
import org.dossier.publication.Person;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Slugs;
import org.dossier.publication.Status;

/** A "Related Publications" card: title, weekday date, By: line, blurb, Type: line and topic tags. */
final class Card {
    static final Pattern DATE_LINE = Pattern.compile(
            "(?i)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s+\\p{L}+\\s+\\d{1,2},\\s+\\d{4}");
    private static final DateTimeFormatter MONTH_DAY_YEAR =
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NAME_SUFFIX = Pattern.compile("(?i)(Jr|Sr)\\.?|[IVX]+");

    private Card() {}

    static boolean isDate(Block block) {
        return block.lines().size() == 1 && DATE_LINE.matcher(block.firstLine()).matches();
    }

    /**
     * The card whose title block is {@code title}, dated by {@code date}, followed by {@code rest}.
     * Adds notes for what the user should check; throws {@link CardException} when it cannot be read.
     */
    static Publication read(
            String file,
            Block title,
            Block date,
            List<Block> rest,
            TopicSplitter splitter,
            String language,
            List<String> notes) {
        PublicationDate published = parseDate(file, date, notes);
        Publication.Builder card = Publication.builder()
                .title(title.text().replace('\n', ' '))
                .status(Status.PUBLISHED)
                .date(published)
                .language(language);
        List<Block> others = new ArrayList<>();
        for (Block b : rest) {
            String first = b.firstLine();
            if (first.regionMatches(true, 0, "By:", 0, 3)) {
                authors(b.text().substring(3)).forEach(card::author);
            } else if (first.regionMatches(true, 0, "Type:", 0, 5)) {
                card.type(b.text().substring(5).strip());
            } else {
                others.add(b);
            }
        }
        if (!others.isEmpty()) {
            card.lede(others.get(0).text());
        }
        if (others.size() >= 2) {
            Block tags = others.get(others.size() - 1);
            for (Block middle : others.subList(1, others.size() - 1)) {
                notes.add(
                        "line " + middle.line() + ": text between the blurb and the tags of a card was not imported: \""
                                + abbreviate(middle.text()) + "\"");
            }
            TopicSplitter.Split split = splitter.split(tags.text().replace('\n', ' '));
            card.topics(split.topics());
            split.unknown()
                    .forEach(t -> notes.add("line " + tags.line() + ": tags: \"" + t
                            + "\" is not a known topic; kept whole as a new topic"));
        }
        Publication p = card.build();
        return p.toBuilder().sourceId(cardSourceId(p.title(), published)).build();
    }

    /** The id a card is known by, shared by every page that shows it and by its own page. */
    static String cardSourceId(String title, PublicationDate date) {
        return "card:" + Slugs.of(title) + ":" + date;
    }

    static List<Authorship> authors(String byLine) {
        List<Authorship> authors = new ArrayList<>();
        for (String part : byLine.split(";")) {
            String entry = Block.strip(part.replace('\u00A0', ' ')).replaceAll("\\s+", " ");
            if (entry.isEmpty()) {
                continue;
            }
            String[] pieces = entry.split(",\\s*");
            StringBuilder name = new StringBuilder(pieces[0]);
            int i = 1;
            while (i < pieces.length && NAME_SUFFIX.matcher(pieces[i]).matches()) {
                name.append(", ").append(pieces[i++]);
            }
            String credentials =
                    i < pieces.length ? String.join(", ", List.of(pieces).subList(i, pieces.length)) : null;
            authors.add(Authorship.of(new Person(null, name.toString(), credentials, null, null)));
        }
        return authors;
    }

    private static PublicationDate parseDate(String file, Block block, List<String> notes) {
        String line = block.firstLine();
        int comma = line.indexOf(',');
        String weekday = line.substring(0, comma).strip();
        LocalDate date;
        try {
            date = LocalDate.parse(line.substring(comma + 1).strip().replaceAll("\\s+", " "), MONTH_DAY_YEAR);
        } catch (DateTimeParseException e) {
            throw new CardException(new RecordError(
                    new SourceLocation(file, block.line()),
                    "date",
                    "\"" + line + "\" is not a date like \"Thursday, December 9, 2021\""));
        }
        String actual = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (!actual.equalsIgnoreCase(weekday)) {
            notes.add("line " + block.line() + ": date: \"" + line + "\" names the wrong weekday (" + date + " was a "
                    + actual + "); the date was kept");
        }
        return PublicationDate.of(date);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    /** A card that cannot be read; the rest of the page still can. */
    static final class CardException extends RuntimeException {
        final RecordError error;

        CardException(RecordError error) {
            super(error.toString());
            this.error = error;
        }
    }
}
