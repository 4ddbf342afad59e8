package org.dossier.ingest.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.catalog.Incoming;
import org.dossier.ingest.ImportUnit;
import org.dossier.ingest.Parsed;
import org.dossier.ingest.RecordError;
import org.dossier.ingest.SourceLocation;
import org.dossier.publication.Authorship;
import org.dossier.publication.Person;
import org.dossier.publication.Publication;
import org.dossier.publication.Status;

/**
 * Reads a publication page saved as text (see docs/import-formats.md): the lede, Summary bullets,
 * "About this …" (author note and disclaimer) and the Related Publications cards, each card becoming a
 * publication of its own, linked from the page in page order.
 */
final class PageTextParser {
    private static final Pattern ABOUT = Pattern.compile("(?i)About this (\\p{L}+)");
    private static final Pattern BULLET = Pattern.compile("^[\\s\\u00A0]*•[\\s\\u00A0]+(.*)$");

    private enum Section {
        LEDE,
        SUMMARY,
        ABOUT,
        RELATED,
        END
    }

    private final TopicSplitter splitter;

    PageTextParser(TopicSplitter splitter) {
        this.splitter = splitter;
    }

    /** The page as one unit (its cards, then the page), preceded by errors for cards that cannot be read. */
    List<Parsed> parse(String file, List<String> lines, PageFacts facts) {
        List<Parsed> out = new ArrayList<>();
        List<Block> lede = new ArrayList<>();
        List<Block> summary = new ArrayList<>();
        List<Block> about = new ArrayList<>();
        List<Block> related = new ArrayList<>();
        Section section = Section.LEDE;
        for (Block block : splitHeadings(Block.of(lines))) {
            Section heading = heading(block.firstLine());
            if (heading != null && block.lines().size() == 1) {
                section = heading;
                continue;
            }
            switch (section) {
                case LEDE -> lede.add(block);
                case SUMMARY -> summary.add(block);
                case ABOUT -> about.add(block);
                case RELATED -> related.add(block);
                case END -> {}
            }
        }
        if (lede.isEmpty() && summary.isEmpty() && about.isEmpty() && related.isEmpty()) {
            out.add(new RecordError(new SourceLocation(file, 1), null, "the page has no text"));
            return out;
        }
        String language = facts.language() != null ? facts.language() : "en";
        List<String> notes = new ArrayList<>();
        if (section == Section.RELATED) {
            notes.add(
                    "the page ends inside Related Publications, before \"View All Publications\": it may be cut short, "
                            + "and its last related card missing or incomplete");
        }
        List<Incoming> unit = new ArrayList<>();
        List<String> relatedIds = new ArrayList<>();
        for (Publication card : cards(file, related, language, notes, out)) {
            unit.add(Incoming.partial(card));
            relatedIds.add(card.sourceIds().get(0));
        }
        unit.add(page(file, lede, summary, about, facts, language, relatedIds, notes));
        out.add(new ImportUnit(new SourceLocation(file, 1), unit, notes));
        return out;
    }

    private Incoming page(
            String file,
            List<Block> ledeBlocks,
            List<Block> summaryBlocks,
            List<Block> aboutBlocks,
            PageFacts facts,
            String language,
            List<String> relatedIds,
            List<String> notes) {
        String lede = paragraphs(ledeBlocks);
        LedeCredits credits = LedeCredits.find(lede);
        List<String> bullets = new ArrayList<>();
        List<Block> body = new ArrayList<>();
        for (Block b : summaryBlocks) {
            readBullets(b, bullets, body);
        }
        String[] aboutAndDisclaimer = Disclaimer.split(paragraphs(aboutBlocks));
        String type = facts.type() != null ? facts.type() : credits == null ? null : credits.type();
        List<Authorship> authors = new ArrayList<>();
        if (credits != null) {
            for (String name : credits.authors()) {
                boolean bioIsTheirs = credits.authors().size() == 1
                        && aboutAndDisclaimer[0] != null
                        && aboutAndDisclaimer[0].startsWith(name);
                authors.add(
                        Authorship.of(new Person(null, name, null, bioIsTheirs ? aboutAndDisclaimer[0] : null, null)));
            }
        }
        boolean complete = facts.title() != null && facts.date() != null;
        String title = facts.title();
        if (title == null) {
            title = "Untitled " + (type == null ? "page" : type)
                    + (authors.isEmpty() ? "" : " by " + authors.get(0).person().name()) + " (from " + file + ")";
        }
        if (!complete) {
            notes.add("no " + missing(facts) + " given for this page: imported as needs-review"
                    + (facts.title() == null ? " with the provisional title \"" + title + "\"" : "")
                    + "; give them with --title, --date and --url or in a manifest.csv next to the file");
        }
        Publication.Builder page = Publication.builder()
                .title(title)
                .type(type)
                .date(facts.date())
                .language(language)
                .status(complete ? Status.PUBLISHED : Status.NEEDS_REVIEW)
                .lede(lede)
                .summary(bullets)
                .body(paragraphs(body))
                .about(aboutAndDisclaimer[0])
                .disclaimer(aboutAndDisclaimer[1])
                .authors(authors)
                .topics(facts.topics())
                .places(facts.places())
                .collection(facts.collection())
                .series(facts.series())
                .seriesNumber(facts.seriesNumber())
                .sourceUrl(facts.url());
        List<String> fallback = new ArrayList<>();
        String fileId = "page-text:" + file;
        if (facts.url() != null) {
            page.sourceId(SourceUrls.normalize(facts.url())).slug(SourceUrls.lastSegment(facts.url()));
            fallback.add(fileId);
        } else {
            page.sourceId(fileId);
        }
        if (complete) {
            page.sourceId(Card.cardSourceId(facts.title(), facts.date()));
        }
        return new Incoming(page.build(), false, fallback, relatedIds, null);
    }

    private List<Publication> cards(
            String file, List<Block> blocks, String language, List<String> notes, List<Parsed> errors) {
        List<Integer> dates = new ArrayList<>();
        for (int i = 1; i < blocks.size(); i++) {
            if (Card.isDate(blocks.get(i))) {
                dates.add(i);
            }
        }
        List<Integer> titleStarts = new ArrayList<>();
        for (int d : dates) {
            boolean repeated =
                    d >= 2 && blocks.get(d - 2).text().equals(blocks.get(d - 1).text());
            titleStarts.add(repeated ? d - 2 : d - 1);
        }
        if (!blocks.isEmpty() && (titleStarts.isEmpty() || titleStarts.get(0) > 0)) {
            notes.add("line " + blocks.get(0).line() + ": text in Related Publications that is not part of a card "
                    + "(no \"Weekday, Month D, YYYY\" date under a title) was not imported");
        }
        List<Publication> cards = new ArrayList<>();
        for (int k = 0; k < dates.size(); k++) {
            int d = dates.get(k);
            int end = k + 1 < dates.size() ? titleStarts.get(k + 1) : blocks.size();
            try {
                cards.add(Card.read(
                        file, blocks.get(d - 1), blocks.get(d), blocks.subList(d + 1, end), splitter, language, notes));
            } catch (Card.CardException e) {
                errors.add(e.error);
            }
        }
        return cards;
    }

    /** Bullets of a Summary; a line that does not start a bullet continues the one above it. */
    private static void readBullets(Block block, List<String> bullets, List<Block> body) {
        List<String> plain = new ArrayList<>();
        boolean inBullet = false;
        for (String line : block.lines()) {
            Matcher m = BULLET.matcher(line);
            if (m.matches()) {
                bullets.add(Block.strip(m.group(1)));
                inBullet = true;
            } else if (inBullet) {
                int last = bullets.size() - 1;
                bullets.set(last, bullets.get(last) + " " + Block.strip(line));
            } else {
                plain.add(line);
            }
        }
        if (!plain.isEmpty()) {
            body.add(new Block(block.line(), plain));
        }
    }

    private static List<Block> splitHeadings(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.lines().size() > 1 && heading(b.firstLine()) != null) {
                out.add(new Block(b.line(), List.of(b.lines().get(0))));
                out.add(new Block(b.line() + 1, b.lines().subList(1, b.lines().size())));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static Section heading(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        if (l.equals("summary")) {
            return Section.SUMMARY;
        }
        if (ABOUT.matcher(line).matches()) {
            return Section.ABOUT;
        }
        if (l.equals("related publications")) {
            return Section.RELATED;
        }
        if (l.equals("view all publications")) {
            return Section.END;
        }
        return null;
    }

    private static String paragraphs(List<Block> blocks) {
        return blocks.isEmpty()
                ? null
                : String.join("\n\n", blocks.stream().map(Block::text).toList());
    }

    private static String missing(PageFacts facts) {
        List<String> missing = new ArrayList<>();
        if (facts.title() == null) {
            missing.add("title");
        }
        if (facts.date() == null) {
            missing.add("date");
        }
        if (facts.url() == null) {
            missing.add("URL");
        }
        if (missing.size() == 1) {
            return missing.get(0);
        }
        return String.join(", ", missing.subList(0, missing.size() - 1)) + " or " + missing.get(missing.size() - 1);
    }
}
