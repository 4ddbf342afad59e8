package org.dossier.app.editing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Authorship;
import org.dossier.publication.Person;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;

/**
 * The edit form of a publication, field by field as typed: the founding example's sections (title, type,
 * date, authors with credentials, lede, Summary bullets one per line, body, About, disclaimer), topics and
 * places separated by commas, collection, series and number, language, the original's address, an embargo (UTC), and the
 * publication this one translates (its id or path; resolved by {@link Editing}). Read
 * back into a publication, with a message for each field that is wrong.
 */
public record PublicationForm(
        String title,
        String type,
        String date,
        String language,
        String authors,
        String lede,
        String summary,
        String body,
        String about,
        String disclaimer,
        String topics,
        String places,
        String collection,
        String series,
        String seriesNumber,
        String sourceUrl,
        String embargo,
        String translationOf) {
    private static final int MAX_TITLE = 300;

    public PublicationForm {
        title = clean(title);
        type = clean(type);
        date = clean(date);
        language = clean(language);
        authors = clean(authors);
        lede = clean(lede);
        summary = clean(summary);
        body = clean(body);
        about = clean(about);
        disclaimer = clean(disclaimer);
        topics = clean(topics);
        places = clean(places);
        collection = clean(collection);
        series = clean(series);
        seriesNumber = clean(seriesNumber);
        sourceUrl = clean(sourceUrl);
        embargo = clean(embargo);
        translationOf = clean(translationOf);
    }

    /** An empty form, with the institute's default disclaimer. */
    static PublicationForm blank(String defaultDisclaimer) {
        return new PublicationForm(
                "", "", "", "en", "", "", "", "", "", defaultDisclaimer, "", "", "", "", "", "", "", "");
    }

    static PublicationForm of(Publication p, Gazetteer gazetteer) {
        List<String> authorLines =
                p.authors().stream().map(a -> authorLine(a.person())).toList();
        List<String> placeNames = p.places().stream()
                .map(code -> gazetteer.find(code).map(Place::name).orElse(code))
                .toList();
        return new PublicationForm(
                p.title(),
                p.type(),
                p.date() == null ? "" : p.date().toString(),
                p.language(),
                String.join("\n", authorLines),
                p.lede(),
                String.join("\n", p.summary()),
                p.body(),
                p.about(),
                p.disclaimer(),
                String.join(", ", p.topics()),
                String.join(", ", placeNames),
                p.collection(),
                p.series(),
                p.seriesNumber(),
                p.sourceUrl(),
                p.embargoUntil() == null
                        ? ""
                        : LocalDateTime.ofInstant(p.embargoUntil(), ZoneOffset.UTC)
                                .toString(),
                p.translationOf());
    }

    /** The result of reading the form: the publication, or the errors by field (never both). */
    record Read(Publication publication, Map<String, String> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    /** This form's values over {@code base} (which keeps its id, state, related and sources). */
    Read apply(Publication.Builder base, Gazetteer gazetteer) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isEmpty()) {
            errors.put("title", "a publication needs a title");
        } else if (title.length() > MAX_TITLE) {
            errors.put("title", "a title has at most " + MAX_TITLE + " characters");
        }
        PublicationDate parsedDate = null;
        if (!date.isEmpty()) {
            try {
                parsedDate = PublicationDate.parse(date);
            } catch (IllegalArgumentException e) {
                errors.put("date", "a date is YYYY, YYYY-MM or YYYY-MM-DD");
            }
        }
        if (!language.isEmpty() && !language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            errors.put("language", "a language is a code such as en, fr or pt-BR");
        }
        List<String> placeCodes = new ArrayList<>();
        for (String name : split(places, ",")) {
            Optional<Place> place = gazetteer
                    .find(name)
                    .or(() -> gazetteer.find(name.toUpperCase(java.util.Locale.ROOT)))
                    .or(() -> gazetteer.findByName(name));
            place.ifPresentOrElse(
                    p -> placeCodes.add(p.code()),
                    () -> errors.putIfAbsent(
                            "places",
                            "'" + name + "' is not a place Dossier knows (a country, region or organisation)"));
        }
        Instant embargoUntil = null;
        if (!embargo.isEmpty()) {
            try {
                embargoUntil =
                        LocalDateTime.parse(embargo).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
            } catch (DateTimeParseException e) {
                errors.put("embargo", "an embargo is a date and time in UTC, such as 2026-12-01T09:00");
            }
        }
        if (!seriesNumber.isEmpty() && series.isEmpty()) {
            errors.put("seriesNumber", "a number needs the series it is in");
        }
        if (!sourceUrl.isEmpty() && !sourceUrl.matches("https?://\\S+")) {
            errors.put("sourceUrl", "an address starts with http:// or https://");
        }
        if (!errors.isEmpty()) {
            return new Read(null, errors);
        }
        Publication p = base.title(title)
                .type(orNull(type))
                .date(parsedDate)
                .language(orNull(language))
                .authors(authorships())
                .lede(orNull(lede))
                .summary(split(summary, "\n"))
                .body(orNull(body))
                .markdown(true)
                .about(orNull(about))
                .disclaimer(orNull(disclaimer))
                .topics(split(topics, ","))
                .places(placeCodes)
                .collection(orNull(collection))
                .series(orNull(series))
                .seriesNumber(orNull(seriesNumber))
                .sourceUrl(orNull(sourceUrl))
                .embargoUntil(embargoUntil)
                .build();
        return new Read(p, Map.of());
    }

    /** One author per line: "Name", "Name | credentials" or "Name | credentials | bio". */
    private List<Authorship> authorships() {
        return split(authors, "\n").stream()
                .map(line -> {
                    String[] parts = line.split("\\|", 3);
                    return Authorship.of(new Person(null, parts[0].strip(), part(parts, 1), part(parts, 2), null));
                })
                .toList();
    }

    private static String authorLine(Person person) {
        String line = person.name() + " | " + (person.credentials() == null ? "" : person.credentials());
        line = person.bio() == null ? line : line + " | " + person.bio();
        return line.replaceAll("\\s*\\|\\s*$", "");
    }

    private static String part(String[] parts, int i) {
        return parts.length > i && !parts[i].isBlank() ? parts[i].strip() : null;
    }

    private static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(separator))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String orNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").strip();
    }
}
