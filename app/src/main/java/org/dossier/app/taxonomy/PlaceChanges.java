package org.dossier.app.taxonomy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.account.Accounts;
import org.dossier.account.AuditEvent;
import org.dossier.app.place.StoredPlaces;
import org.dossier.app.shared.InvalidForm;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.place.PlaceStore;
import org.springframework.stereotype.Service;

/**
 * Adding, changing and removing places. Checked first, field by field, so that nothing is saved unless
 * all of it can be: a code is new and plain, a name or other name belongs to one place only (imports and
 * editors find places by them), the places it lies in exist and the hierarchy stays free of cycles. A
 * renamed place keeps its former name as another name, so sources that use it still find it. Every
 * publication in the place, or in a place within it, is re-indexed (and harvesters see it changed).
 */
@Service
class PlaceChanges {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");
    private static final int MAX_CODE = 64;
    private static final int MAX_NAME = 200;

    private final PlaceStore store;
    private final StoredPlaces places;
    private final Gazetteer gazetteer;
    private final Accounts accounts;
    private final Clock clock;

    PlaceChanges(PlaceStore store, StoredPlaces places, Gazetteer gazetteer, Accounts accounts, Clock clock) {
        this.store = store;
        this.places = places;
        this.gazetteer = gazetteer;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Adds a place; returns it. */
    Place add(PlaceForm form, String actor) {
        places.refresh();
        Map<String, String> errors = new LinkedHashMap<>();
        String code = form.code();
        if (code.isEmpty() || code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
            errors.put(
                    "code",
                    "a code has 1 to " + MAX_CODE
                            + " letters, digits and single hyphens, such as liptako-gourma or SSD");
        } else {
            gazetteer.all().stream()
                    .filter(p -> p.code().equalsIgnoreCase(code))
                    .findFirst()
                    .ifPresent(p -> errors.put("code", "“" + p.code() + "” is already the code of " + p.name()));
        }
        Place place = checked(form, null, errors);
        store.save(place);
        places.refresh();
        accounts.record(new AuditEvent(clock.instant(), actor, "added place", place.code(), describe(place)));
        return place;
    }

    /** Changes a place; returns how many publications are re-indexed for it. */
    int change(String code, PlaceForm form, String actor) {
        places.refresh();
        Place before = gazetteer
                .find(code)
                .orElseThrow(() -> new org.dossier.app.shared.NotFoundException("There is no place '" + code + "'."));
        Place place = checked(form.withCode(code), before, new LinkedHashMap<>());
        if (place.equals(before)) {
            return 0;
        }
        int touched = store.save(place);
        places.refresh();
        accounts.record(new AuditEvent(
                clock.instant(),
                actor,
                "changed place",
                code,
                describe(place) + (before.name().equals(place.name()) ? "" : " (was " + before.name() + ")") + "; "
                        + touched + " publications"));
        return touched;
    }

    /** Removes a place no publication is in and no place lies in; returns why not when it cannot. */
    Optional<String> delete(String code, String actor) {
        places.refresh();
        Place place = gazetteer
                .find(code)
                .orElseThrow(() -> new org.dossier.app.shared.NotFoundException("There is no place '" + code + "'."));
        if (!store.delete(code)) {
            long publications = store.publicationCounts().getOrDefault(code, 0L);
            int within = gazetteer.within(code).size();
            return Optional.of(place.name() + " stays: "
                    + (publications > 0 ? publications + " publications are in it" : within + " places lie in it"));
        }
        places.refresh();
        accounts.record(new AuditEvent(clock.instant(), actor, "removed place", code, place.name()));
        return Optional.empty();
    }

    private Place checked(PlaceForm form, Place before, Map<String, String> errors) {
        String code = form.code();
        String name = form.name();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.put("name", "a name has 1 to " + MAX_NAME + " characters");
        } else {
            ownedElsewhere(name, code)
                    .ifPresent(other -> errors.put("name", "“" + name + "” is already a name of " + other));
        }
        Place.Kind kind = Arrays.stream(Place.Kind.values())
                .filter(k -> k.key().equals(form.kind()))
                .findFirst()
                .orElse(null);
        if (kind == null) {
            errors.put("kind", "a place is a country, a region or an organization");
        }
        List<String> parents = parents(form.parents(), code, errors);
        List<String> aliases = aliases(form.aliases(), name, code, errors);
        if (before != null
                && !before.name().equals(name)
                && aliases.stream().noneMatch(a -> Gazetteer.key(a).equals(Gazetteer.key(before.name())))
                && !Gazetteer.key(before.name()).equals(Gazetteer.key(name))) {
            aliases.add(before.name());
        }
        if (!errors.isEmpty()) {
            throw new InvalidForm(errors);
        }
        return new Place(code, name, kind, parents, aliases);
    }

    private List<String> parents(String text, String code, Map<String, String> errors) {
        Set<String> codes = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String given : text.split("[,\n]")) {
            String g = given.strip();
            if (g.isEmpty()) {
                continue;
            }
            Optional<Place> parent = gazetteer.find(g).or(() -> gazetteer.findByName(g));
            if (parent.isEmpty()) {
                problems.add("there is no place “" + g + "”");
            } else if (parent.get().code().equals(code)) {
                problems.add("a place cannot lie in itself");
            } else if (gazetteer.ancestors(parent.get().code()).stream()
                    .anyMatch(a -> a.code().equals(code))) {
                problems.add(parent.get().name() + " lies in this place, so this place cannot lie in it");
            } else {
                codes.add(parent.get().code());
            }
        }
        if (!problems.isEmpty()) {
            errors.put("parents", String.join("; ", problems));
        }
        return new ArrayList<>(codes);
    }

    private List<String> aliases(String text, String name, String code, Map<String, String> errors) {
        Map<String, String> byKey = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String line : text.split("\n")) {
            String alias = line.strip();
            if (alias.isEmpty() || Gazetteer.key(alias).equals(Gazetteer.key(name))) {
                continue;
            }
            if (alias.length() > MAX_NAME) {
                problems.add("a name has at most " + MAX_NAME + " characters");
            } else {
                ownedElsewhere(alias, code)
                        .ifPresent(other -> problems.add("“" + alias + "” is already a name of " + other));
            }
            byKey.putIfAbsent(Gazetteer.key(alias), alias);
        }
        if (!problems.isEmpty()) {
            errors.put("aliases", String.join("; ", problems));
        }
        return new ArrayList<>(byKey.values());
    }

    /** The other place this name already belongs to, as "Name (code)". */
    private Optional<String> ownedElsewhere(String name, String code) {
        return gazetteer
                .findByName(name)
                .filter(p -> !p.code().equals(code))
                .map(p -> p.name() + " (" + p.code() + ")");
    }

    private String describe(Place p) {
        List<String> in = p.parents().stream()
                .map(c -> gazetteer.find(c).map(Place::name).orElse(c))
                .toList();
        return p.name() + ", " + p.kind().key() + (in.isEmpty() ? "" : ", in " + String.join(", ", in));
    }
}
