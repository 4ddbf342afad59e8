package org.dossier.place;

import java.util.List;

/**
 * A country (ISO 3166 alpha-3 code, also former ones such as YUG), a named region (a slug code such as
 * "sahel"), or an organisation (EU). Parents make a hierarchy in which a place may sit in several
 * regions: Mali is in the Sahel, the Sahel in West Africa, West Africa in Sub-Saharan Africa, in Africa.
 */
public record Place(String code, String name, Kind kind, List<String> parents, List<String> aliases) {

    public enum Kind {
        COUNTRY,
        REGION,
        ORGANIZATION;

        /** "country", "region" or "organization", as in {@code places.csv} and the store. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Kind of(String key) {
            return valueOf(key.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    public Place {
        parents = List.copyOf(parents);
        aliases = List.copyOf(aliases);
    }
}
