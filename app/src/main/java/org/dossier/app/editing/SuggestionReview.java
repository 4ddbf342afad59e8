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
 * An editor's answer to enrichment's suggestions for one publication: accepting one makes it an ordinary place,
 * topic or summary point, saved as a revision that says so; rejecting one keeps it from being suggested again;
 * undoing a place applied automatically takes it off the publication and rejects it.
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

    /** The publication's places applied automatically (an editor may undo them), then its open suggestions. */
    List<EditPages.Chip> open(String publicationId) {
        List<EditPages.Chip> chips = new ArrayList<>();
        for (Suggestion.State state : List.of(Suggestion.State.APPLIED, Suggestion.State.OPEN)) {
            for (Suggestion s : suggestions.of(publicationId, state)) {
                boolean place = s.kind() == Suggestion.Kind.PLACE;
                chips.add(new EditPages.Chip(
                        s.kind().name().toLowerCase(Locale.ROOT),
                        s.value(),
                        place ? placeName(s.value()) : s.value(),
                        place
                                ? String.join(
                                        ", ",
                                        gazetteer.ancestors(s.value()).stream()
                                                .map(Place::name)
                                                .toList())
                                : "",
                        s.evidence(),
                        state == Suggestion.State.APPLIED));
            }
        }
        return chips;
    }

    /** Accepts or rejects one suggestion ({@code kind} and {@code value}) or all of them; says what was done. */
    String decide(String id, String op, String kind, String value, Account who) {
        Publication p = editing.open(id, who);
        if (op.equals("undo")) {
            return undo(p, kind, value, who);
        }
        List<Suggestion> open = suggestions.of(id, Suggestion.State.OPEN);
        List<Suggestion> chosen = switch (op) {
            case "accept", "reject" ->
                open.stream()
                        .filter(s -> s.kind().name().equalsIgnoreCase(kind)
                                && s.value().equals(value))
                        .toList();
            case "accept-all", "reject-all" -> open;
            default ->
                throw new FieldException(
                        "suggestions", "'" + op + "' is not accept, reject, accept-all, reject-all or undo");
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
        List<String> topics = new ArrayList<>(p.topics());
        List<String> summary = new ArrayList<>(p.summary());
        List<String> accepted = new ArrayList<>();
        for (Suggestion s : chosen) {
            List<String> target = switch (s.kind()) {
                case PLACE -> places;
                case TOPIC -> topics;
                case SUMMARY -> summary;
            };
            if (!target.contains(s.value())) {
                target.add(s.value());
                accepted.add(label(s) + " (" + s.evidence() + ")");
            }
        }
        Revision r = editorial.save(
                p.toBuilder()
                        .places(places)
                        .topics(topics)
                        .summary(summary)
                        .updated(clock.instant())
                        .build(),
                who.username(),
                "accepted the suggested " + String.join("; ", accepted),
                true);
        chosen.forEach(s -> suggestions.decide(id, s.kind(), s.value(), Suggestion.State.ACCEPTED));
        return Editing.done(r);
    }

    /** Takes back a place applied automatically: the publication loses it, and it is not suggested again. */
    private String undo(Publication p, String kind, String value, Account who) {
        boolean applied = suggestions.of(p.id(), Suggestion.State.APPLIED).stream()
                .anyMatch(
                        s -> s.kind().name().equalsIgnoreCase(kind) && s.value().equals(value));
        if (!applied) {
            throw new FieldException("suggestions", "there is no such place applied automatically");
        }
        List<String> places = new ArrayList<>(p.places());
        places.remove(value);
        Revision r = editorial.save(
                p.toBuilder().places(places).updated(clock.instant()).build(),
                who.username(),
                "undid the place " + placeName(value) + ", applied automatically",
                true);
        suggestions.decide(p.id(), Suggestion.Kind.PLACE, value, Suggestion.State.REJECTED);
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
