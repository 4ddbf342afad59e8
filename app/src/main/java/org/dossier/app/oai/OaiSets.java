package org.dossier.app.oai;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dossier.app.oai.OaiException.OaiError;
import org.dossier.catalog.ChangeLog;
import org.dossier.catalog.ChangeLog.ChangeFilter;
import org.dossier.catalog.ChangeLog.Membership;
import org.dossier.catalog.ChangeLog.Membership.Kind;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Publication;
import org.dossier.publication.Slugs;
import org.springframework.stereotype.Component;

/**
 * The sets a harvester can ask for, in four families: {@code type}, {@code topic}, {@code collection} and
 * {@code place}, each with its members — {@code type:peace-brief}, {@code topic:gender} (names as slugs),
 * {@code place:MLI}, {@code place:sahel} (place codes; a region holds the places in it).
 */
@Component
class OaiSets {
    private static final String SPEC = "[A-Za-z0-9\\-_.!~*'()]+(:[A-Za-z0-9\\-_.!~*'()]+)*";
    private static final Map<Kind, Family> FAMILIES = Map.of(
            Kind.TYPE, new Family("type", "Type", "Publication types"),
            Kind.TOPIC, new Family("topic", "Topic", "Topics (issue areas)"),
            Kind.COLLECTION, new Family("collection", "Collection", "Collections and peace processes"),
            Kind.PLACE,
                    new Family(
                            "place",
                            "Place",
                            "Places: countries, regions (with the places in them) and organisations"));

    private final ChangeLog changes;
    private final Gazetteer gazetteer;

    OaiSets(ChangeLog changes, Gazetteer gazetteer) {
        this.changes = changes;
        this.gazetteer = gazetteer;
    }

    record OaiSet(String spec, String name) {}

    /** Each family, and each member some publication has (with the regions its places are in), by spec. */
    List<OaiSet> all() {
        Map<String, OaiSet> sets = new TreeMap<>();
        FAMILIES.values().forEach(f -> sets.put(f.spec, new OaiSet(f.spec, f.title)));
        changes.memberships().forEach((kind, values) -> {
            Collection<String> members = kind == Kind.PLACE ? withRegions(values) : values;
            for (String value : members) {
                String spec = spec(kind, value);
                sets.putIfAbsent(spec, new OaiSet(spec, FAMILIES.get(kind).label + ": " + name(kind, value)));
            }
        });
        return List.copyOf(sets.values());
    }

    /** What a set spec selects, as a filter on the change log; a spec that names nothing matches no records. */
    ChangeFilter filter(String spec, OaiDates.Range range) {
        if (spec == null) {
            return new ChangeFilter(range.from(), range.until(), null, Set.of());
        }
        if (!spec.matches(SPEC)) {
            throw new OaiException(
                    OaiError.BAD_ARGUMENT,
                    "'" + spec + "' is not a set spec (letters, digits and -_.!~*'() " + "separated by colons).");
        }
        String[] parts = spec.split(":", 2);
        Kind kind = FAMILIES.entrySet().stream()
                .filter(e -> e.getValue().spec.equals(parts[0]))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> noSuchSet(spec));
        Set<String> known = changes.names(kind);
        Set<String> values = parts.length == 1 ? known : members(kind, parts[1], known);
        if (values.isEmpty()) {
            throw noSuchSet(spec);
        }
        return new ChangeFilter(range.from(), range.until(), kind, values);
    }

    /** The sets a publication is in, families first. */
    List<String> specsOf(Publication p) {
        List<Membership> memberships = new ArrayList<>();
        if (p.type() != null) {
            memberships.add(new Membership(Kind.TYPE, p.type()));
        }
        p.topics().forEach(t -> memberships.add(new Membership(Kind.TOPIC, t)));
        if (p.collection() != null) {
            memberships.add(new Membership(Kind.COLLECTION, p.collection()));
        }
        p.places().forEach(code -> memberships.add(new Membership(Kind.PLACE, code)));
        return specsOf(memberships);
    }

    /** The sets of these memberships (a deleted publication's former ones), families first. */
    List<String> specsOf(List<Membership> memberships) {
        Set<String> families = new LinkedHashSet<>();
        Set<String> members = new LinkedHashSet<>();
        for (Kind kind : Kind.values()) {
            Set<String> values = memberships.stream()
                    .filter(m -> m.kind() == kind)
                    .map(Membership::value)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (!values.isEmpty()) {
                families.add(FAMILIES.get(kind).spec);
            }
            (kind == Kind.PLACE ? withRegions(values) : values).forEach(v -> members.add(spec(kind, v)));
        }
        List<String> specs = new ArrayList<>(families);
        specs.addAll(members);
        return specs;
    }

    private Set<String> members(Kind kind, String key, Set<String> known) {
        if (kind != Kind.PLACE) {
            return known.stream().filter(name -> Slugs.of(name).equals(key)).collect(Collectors.toSet());
        }
        if (gazetteer.find(key).isEmpty()) {
            return Set.of();
        }
        Set<String> places = new LinkedHashSet<>(Set.of(key));
        gazetteer.within(key).forEach(p -> places.add(p.code()));
        return places;
    }

    private Collection<String> withRegions(Collection<String> codes) {
        Set<String> all = new LinkedHashSet<>(codes);
        codes.forEach(code -> gazetteer.ancestors(code).forEach(region -> all.add(region.code())));
        return all;
    }

    private String name(Kind kind, String value) {
        return kind == Kind.PLACE ? gazetteer.find(value).map(Place::name).orElse(value) : value;
    }

    private static String spec(Kind kind, String value) {
        String key = kind == Kind.PLACE ? value : Slugs.of(value);
        return FAMILIES.get(kind).spec + ":" + key;
    }

    private static OaiException noSuchSet(String spec) {
        return new OaiException(
                OaiError.NO_RECORDS_MATCH, "No records are in the set '" + spec + "'; ListSets lists the sets.");
    }

    /** A family of sets: its spec, the label of its members' names, its own name. */
    private record Family(String spec, String label, String title) {}
}
