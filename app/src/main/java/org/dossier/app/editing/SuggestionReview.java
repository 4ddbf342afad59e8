package org.dossier.app.editing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.account.Account;
import org.dossier.editorial.Editorial;
import org.dossier.editorial.Editorial.Revision;
import org.dossier.enrich.Suggestion;
import org.dossier.enrich.Suggestions;
import org.dossier.field.FieldException;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Publication;
import org.springframework.stereotype.Service;

/**
 * An editor's answer to enrichment's suggestions for one publication: accepting one makes it an ordinary place or
 * summary point, saved as a revision that says so; rejecting one keeps it from being suggested again.
 */
@Service
class SuggestionReview {
    private final Suggestions suggestions;
    private final Editing editing;
    private final Editorial editorial;
    private final Gazetteer gazetteer;
    private final Clock clock;

    SuggestionReview(Suggestions suggestions, Editing editing, Editorial editorial, Gazetteer gazetteer, Clock clock) {
        this.suggestions = suggestions;
        this.editing = editing;
        this.editorial = editorial;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    List<EditPages.Chip> open(String publicationId) {
        return suggestions.of(publicationId, Suggestion.State.OPEN).stream()
                .map(s -> new EditPages.Chip(
                        s.kind().name().toLowerCase(Locale.ROOT),
                        s.value(),
                        s.kind() == Suggestion.Kind.PLACE ? placeName(s.value()) : s.value(),
                        s.evidence()))
                .toList();
    }

    /** Accepts or rejects one suggestion ({@code kind} and {@code value}) or all of them; says what was done. */
    String decide(String id, String op, String kind, String value, Account who) {
        Publication p = editing.open(id, who);
        List<Suggestion> open = suggestions.of(id, Suggestion.State.OPEN);
        List<Suggestion> chosen = switch (op) {
            case "accept", "reject" ->
                open.stream()
                        .filter(s -> s.kind().name().equalsIgnoreCase(kind)
                                && s.value().equals(value))
                        .toList();
            case "accept-all", "reject-all" -> open;
            default ->
                throw new FieldException("suggestions", "'" + op + "' is not accept, reject, accept-all or reject-all");
        };
        if (chosen.isEmpty()) {
            throw new FieldException("suggestions", "there is no such open suggestion");
        }
        if (op.startsWith("reject")) {
            chosen.forEach(s -> suggestions.decide(id, s.kind(), s.value(), Suggestion.State.REJECTED));
            return "Rejected: "
                    + String.join(", ", chosen.stream().map(this::label).toList()) + ".";
        }
        List<String> places = new ArrayList<>(p.places());
        List<String> summary = new ArrayList<>(p.summary());
        List<String> accepted = new ArrayList<>();
        for (Suggestion s : chosen) {
            List<String> target = s.kind() == Suggestion.Kind.PLACE ? places : summary;
            if (s.kind() != Suggestion.Kind.TOPIC && !target.contains(s.value())) {
                target.add(s.value());
                accepted.add(label(s) + " (" + s.evidence() + ")");
            }
        }
        Revision r = editorial.save(
                p.toBuilder()
                        .places(places)
                        .summary(summary)
                        .updated(clock.instant())
                        .build(),
                who.username(),
                "accepted the suggested " + String.join("; ", accepted),
                true);
        chosen.forEach(s -> suggestions.decide(id, s.kind(), s.value(), Suggestion.State.ACCEPTED));
        return Editing.done(r);
    }

    private String placeName(String code) {
        return gazetteer.find(code).map(Place::name).orElse(code);
    }

    private String label(Suggestion s) {
        return switch (s.kind()) {
            case PLACE -> "place " + placeName(s.value());
            case TOPIC -> "topic " + s.value();
            case SUMMARY -> "summary point “" + s.value() + "”";
        };
    }
}
