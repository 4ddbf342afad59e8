package org.dossier.related;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Person;
import org.dossier.publication.PublicationDate;

/**
 * Ranks the candidates the index proposes for a seed publication and says why each is there. Signals:
 * similar words, shared issue areas, shared places (through the region hierarchy), shared people, the
 * same collection or peace process, and references between the two; a collection or topic weighs by
 * how rare it is in the archive. Softened by distance in time and diversified so that one collection,
 * author or type does not fill the list. A candidate with no reason is not shown; every other one may be.
 */
public final class RelatedEngine {
    public static final String SIMILAR_IN_MEANING = "Similar in meaning";
    /** Texts less alike in meaning than this (cosine) are not alike at all for the engine. */
    private static final double ALIKE_FROM = 0.25;
    /** From this cosine on, "Similar in meaning" is a reason. */
    private static final double SAID_ALIKE = 0.4;

    private final PlaceSignal places;
    private final RelatedSettings settings;

    public RelatedEngine(Gazetteer gazetteer, RelatedSettings settings) {
        this.places = new PlaceSignal(gazetteer);
        this.settings = settings;
    }

    /**
     * How a candidate belongs with the seed by what the store knows (it pins the seed, it supersedes it …), in the
     * words its card gives as the reason.
     */
    public record Reference(String reason) {
        public static final Reference CITES_SEED = new Reference("Cites this publication");
        public static final Reference CITED_BY_SEED = new Reference("Cited by this publication");
    }

    /**
     * The best candidates for the seed, at most {@code limit}, each with its reasons; {@code collectionKind} is what
     * the seed's collection is ("peace process"), or null for a plain collection; {@code rarity} says how common
     * the collections and topics are.
     */
    public List<RelatedItem> rank(
            CandidateFacts seed,
            String collectionKind,
            List<RelatedCandidate> candidates,
            Map<String, Reference> references,
            Rarity rarity,
            int limit) {
        double maxText = candidates.stream()
                .mapToDouble(RelatedCandidate::textScore)
                .max()
                .orElse(0);
        List<Scored> scored = new ArrayList<>();
        for (RelatedCandidate c : candidates) {
            Scored s = score(seed, collectionKind, c, maxText, references.get(c.id()), rarity);
            if (!s.reasons.isEmpty()) {
                scored.add(s);
            }
        }
        return diversify(scored, limit);
    }

    private Scored score(
            CandidateFacts seed,
            String collectionKind,
            RelatedCandidate c,
            double maxText,
            Reference reference,
            Rarity rarity) {
        CandidateFacts f = c.facts();
        List<String> reasons = new ArrayList<>();
        double sum = 0;

        double collection = seed.collection() != null && seed.collection().equals(f.collection())
                ? rarity.ofCollection(f.collection())
                : 0;
        if (settings.collection() > 0 && collection > 0) {
            sum += settings.collection() * collection;
            reasons.add("Same " + (collectionKind != null ? collectionKind : "collection") + ": " + f.collection());
        }
        if (reference != null) {
            sum += settings.references();
            reasons.add(reference.reason());
        }
        List<String> sharedPeople = shared(seed.authors(), f.authors());
        if (!sharedPeople.isEmpty()) {
            sum += settings.people();
            reasons.add(
                    (sharedPeople.size() == 1 ? "Same author: " : "Same authors: ") + String.join(", ", sharedPeople));
        }
        var place = places.of(seed.places(), f.places());
        if (place.isPresent()) {
            sum += settings.places() * place.get().strength();
            reasons.add(place.get().reason());
        }
        List<String> sharedTopics = f.topics().stream()
                .filter(seed.topics()::contains)
                .filter(t -> rarity.ofTopic(t) > 0)
                .sorted(Comparator.comparingDouble(rarity::ofTopic).reversed())
                .toList();
        if (!sharedTopics.isEmpty()) {
            sum += settings.topics()
                    * squares(sharedTopics, rarity)
                    / Math.sqrt(squares(seed.topics(), rarity) * squares(f.topics(), rarity));
            reasons.add("Shared issue areas: "
                    + String.join(", ", sharedTopics.stream().limit(3).toList())
                    + (sharedTopics.size() > 3 ? " and " + (sharedTopics.size() - 3) + " more" : ""));
        }
        double meaning = meaning(c.meaning());
        if (meaning > 0) {
            sum += settings.meaning() * meaning;
            if (c.meaning() >= SAID_ALIKE) {
                reasons.add(SIMILAR_IN_MEANING);
            }
        }
        double text = maxText > 0 ? c.textScore() / maxText : 0;
        if (text > 0) {
            sum += settings.text() * text;
            List<String> words = newWords(c.sharedWords(), reasons);
            if (text >= 0.25 && !words.isEmpty()) {
                reasons.add("Similar text: "
                        + String.join(", ", words.stream().limit(3).toList()));
            }
        }
        return new Scored(c, sum * recency(seed.date(), f.date()), reasons, daysApart(seed.date(), f.date()));
    }

    /** A cosine of meaning vectors as a signal: nothing below {@link #ALIKE_FROM}, 1 for the same meaning. */
    private static double meaning(double cosine) {
        return Double.isNaN(cosine) ? 0 : Math.max(0, (cosine - ALIKE_FROM) / (1 - ALIKE_FROM));
    }

    /** The squared length of a set of topics weighted by rarity: weighted cosine, as in text retrieval. */
    private static double squares(List<String> topics, Rarity rarity) {
        return topics.stream().mapToDouble(rarity::ofTopic).map(w -> w * w).sum();
    }

    /** Half of a score stays whatever the distance in time; the other half fades with it. */
    private double recency(PublicationDate seed, PublicationDate candidate) {
        if (seed == null || candidate == null) {
            return 0.75;
        }
        double years = daysApart(seed, candidate) / 365.25;
        return 0.5 + 0.5 / (1 + years / settings.yearsToHalf());
    }

    private static long daysApart(PublicationDate seed, PublicationDate candidate) {
        return seed == null || candidate == null
                ? Long.MAX_VALUE
                : Math.abs(day(seed).toEpochDay() - day(candidate).toEpochDay());
    }

    /**
     * Greedy selection: each pick lowers the standing of the rest of its collection, author and type past a free
     * allowance. It reorders and never removes: a penalty every candidate shares (an archive of one type) changes
     * nothing. Ties go to the more similar text, then the closer in time, then the smaller id.
     */
    private List<RelatedItem> diversify(List<Scored> scored, int limit) {
        List<RelatedItem> out = new ArrayList<>();
        Map<String, Integer> collections = new HashMap<>();
        Map<String, Integer> authors = new HashMap<>();
        Map<String, Integer> types = new HashMap<>();
        List<Scored> left = new ArrayList<>(scored);
        while (out.size() < limit && !left.isEmpty()) {
            Scored best = left.stream()
                    .max(Comparator.comparingDouble((Scored s) -> adjusted(s, collections, authors, types))
                            .thenComparingDouble(s -> s.candidate.textScore())
                            .thenComparing(s -> s.daysApart, Comparator.reverseOrder())
                            .thenComparing(s -> s.candidate.id(), Comparator.reverseOrder()))
                    .orElseThrow();
            left.remove(best);
            out.add(new RelatedItem(best.candidate.id(), Math.round(best.score * 1000) / 1000.0, false, best.reasons));
            CandidateFacts f = best.candidate.facts();
            if (f.collection() != null) {
                collections.merge(f.collection(), 1, Integer::sum);
            }
            f.authors().forEach(a -> authors.merge(a.id(), 1, Integer::sum));
            if (f.type() != null) {
                types.merge(f.type(), 1, Integer::sum);
            }
        }
        return out;
    }

    private double adjusted(
            Scored s, Map<String, Integer> collections, Map<String, Integer> authors, Map<String, Integer> types) {
        CandidateFacts f = s.candidate.facts();
        int over = excess(collections.getOrDefault(f.collection(), 0), settings.sameCollectionFree())
                + excess(types.getOrDefault(f.type(), 0), settings.sameTypeFree())
                + f.authors().stream()
                        .mapToInt(a -> excess(authors.getOrDefault(a.id(), 0), settings.sameAuthorFree()))
                        .max()
                        .orElse(0);
        return s.score * Math.pow(settings.diversityPenalty(), over);
    }

    private static int excess(int count, int free) {
        return Math.max(0, count - free + 1);
    }

    private static List<String> shared(List<Person> seed, List<Person> candidate) {
        Set<String> ids = new HashSet<>();
        seed.forEach(p -> ids.add(p.id()));
        return candidate.stream()
                .filter(p -> p.id() != null && ids.contains(p.id()))
                .map(Person::name)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** Shared words that the other reasons do not already name ("Mali" after "Same country: Mali"), once each. */
    private static List<String> newWords(List<String> words, List<String> reasons) {
        String said = String.join(" ", reasons).toLowerCase(java.util.Locale.ROOT);
        Set<String> seen = new HashSet<>();
        return words.stream()
                .filter(w -> !said.matches(
                        "(?s).*\\b" + java.util.regex.Pattern.quote(w.toLowerCase(java.util.Locale.ROOT)) + "\\b.*"))
                .filter(w -> seen.add(w.toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    private static LocalDate day(PublicationDate d) {
        return LocalDate.of(d.year(), d.month() == null ? 7 : d.month(), d.day() == null ? 1 : d.day());
    }

    private record Scored(RelatedCandidate candidate, double score, List<String> reasons, long daysApart) {}
}
