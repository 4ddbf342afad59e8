package org.dossier.ingest.pagetext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dossier.field.FieldException;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.PublicationDate;

/** Checks page facts given on the command line or in a manifest, naming the field that is wrong. */
public final class PageFactsParser {
    private final Gazetteer gazetteer;

    public PageFactsParser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public PageFacts parse(
            String title,
            String date,
            String url,
            String type,
            String topics,
            String places,
            String language,
            String collection,
            String series,
            String seriesNumber) {
        PublicationDate parsedDate = null;
        if (date != null) {
            try {
                parsedDate = PublicationDate.parse(date);
            } catch (IllegalArgumentException e) {
                throw new FieldException("date", e.getMessage());
            }
        }
        if (url != null) {
            try {
                SourceUrls.normalize(url);
            } catch (IllegalArgumentException e) {
                throw new FieldException("url", e.getMessage());
            }
        }
        if (language != null && !language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new FieldException("language", "'" + language + "' is not a language code such as en or fr");
        }
        if (seriesNumber != null && series == null) {
            throw new FieldException("series_number", "a number needs the series it is in (series)");
        }
        return new PageFacts(
                title,
                parsedDate,
                url,
                type,
                list(topics),
                placeCodes(list(places)),
                language,
                collection,
                series,
                seriesNumber);
    }

    private List<String> placeCodes(List<String> names) {
        List<String> codes = new ArrayList<>();
        for (String n : names) {
            Place p = gazetteer
                    .find(n)
                    .or(() -> gazetteer.findByName(n))
                    .orElseThrow(() -> new FieldException("places", "'" + n + "' is not a known place code or name"));
            codes.add(p.code());
        }
        return codes;
    }

    private static List<String> list(String s) {
        return s == null
                ? List.of()
                : Arrays.stream(s.split(";"))
                        .map(String::strip)
                        .filter(x -> !x.isEmpty())
                        .toList();
    }
}
