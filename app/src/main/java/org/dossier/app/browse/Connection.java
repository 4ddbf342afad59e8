package org.dossier.app.browse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dossier.catalog.Catalog;
import org.dossier.publication.Publication;
import org.dossier.publication.Relation;

/**
 * How a publication belongs with {@code other}: it says so itself ("Supersedes" the other), or the other says
 * it ({@code inverse}: "Superseded by" the other).
 */
public record Connection(Relation.Kind kind, boolean inverse, Publication other) {

    /** Plain words before the other's title: "Supersedes", "Superseded by". */
    public String words() {
        return kind.words(inverse);
    }

    /** Dossier's name of the relation as seen from this publication: "supersedes", "is_superseded_by". */
    public String code() {
        return inverse ? kind.inverseCode() : kind.code();
    }

    /** The DataCite relation type as seen from this publication: "Obsoletes", "IsObsoletedBy". */
    public String dataCite() {
        return kind.dataCite(inverse);
    }

    /**
     * How each of these publications belongs with the others {@code find} finds (readers' or editors'): first
     * what it says of them, in its order, then what they say of it; by the publication's id.
     */
    public static Map<String, List<Connection>> of(
            Collection<Publication> publications,
            Catalog catalog,
            Function<Collection<String>, List<Publication>> find) {
        List<Catalog.RelationTo> inbound =
                catalog.relationsTo(publications.stream().map(Publication::id).toList());
        Set<String> others = new HashSet<>();
        publications.forEach(p -> p.relations().forEach(r -> others.add(r.target())));
        inbound.forEach(r -> others.add(r.from()));
        if (others.isEmpty()) {
            return Map.of();
        }
        Map<String, Publication> byId = new HashMap<>();
        find.apply(others).forEach(o -> byId.put(o.id(), o));
        Map<String, List<Connection>> out = new HashMap<>();
        for (Publication p : publications) {
            for (Relation r : p.relations()) {
                Publication other = byId.get(r.target());
                if (other != null) {
                    out.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(new Connection(r.kind(), false, other));
                }
            }
        }
        for (Catalog.RelationTo r : inbound) {
            Publication other = byId.get(r.from());
            if (other != null) {
                out.computeIfAbsent(r.relation().target(), k -> new ArrayList<>())
                        .add(new Connection(r.relation().kind(), true, other));
            }
        }
        return out;
    }
}
