package org.dossier.app.taxonomy;

import java.util.List;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;

/** The place form as typed: the places it lies in by name or code, separated by commas; other names one per line. */
public record PlaceForm(String code, String name, String kind, String parents, String aliases) {

    public PlaceForm {
        code = code == null ? "" : code.strip();
        name = name == null ? "" : name.strip();
        kind = kind == null || kind.isBlank() ? Place.Kind.REGION.key() : kind.strip();
        parents = parents == null ? "" : parents;
        aliases = aliases == null ? "" : aliases;
    }

    static PlaceForm empty() {
        return new PlaceForm("", "", Place.Kind.REGION.key(), "", "");
    }

    static PlaceForm of(Place p, Gazetteer gazetteer) {
        List<String> parentNames = p.parents().stream()
                .map(c -> gazetteer.find(c).map(Place::name).orElse(c))
                .toList();
        return new PlaceForm(
                p.code(), p.name(), p.kind().key(), String.join(", ", parentNames), String.join("\n", p.aliases()));
    }

    /** The same form for an existing place: its code is the one in the address, whatever was posted. */
    PlaceForm withCode(String fixed) {
        return new PlaceForm(fixed, name, kind, parents, aliases);
    }
}
