package org.dossier.publication;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a publication belongs with another, said by the publication that does it ("this report supersedes that
 * brief"); the other publication is told the inverse ("superseded by this report"). The target may arrive later in
 * an import, as with curated related publications.
 */
public record Relation(Kind kind, String target) {

    public Relation {
        if (kind == null) {
            throw new IllegalArgumentException("a relation needs a kind");
        }
        target = Text.clean(target);
        if (target == null) {
            throw new IllegalArgumentException("a relation needs the publication it is to");
        }
    }

    /**
     * The kinds of relation, each with its names: Dossier's own (JSON Lines, API, forms), plain words for readers
     * both ways, DataCite's relation types, the MODS {@code relatedItem} types and the schema.org property.
     */
    public enum Kind {
        UPDATES("Updates", "Updated by", "IsNewVersionOf", "IsPreviousVersionOf", "otherVersion", "otherVersion"),
        SUPERSEDES("Supersedes", "Superseded by", "Obsoletes", "IsObsoletedBy", "preceding", "succeeding"),
        RESPONDS_TO("Responds to", "Answered by", "References", "IsReferencedBy", "references", "isReferencedBy"),
        FOLLOWS_UP("Follows up", "Followed up by", "Continues", "IsContinuedBy", "preceding", "succeeding"),
        PART_OF("Part of", "Contains", "IsPartOf", "HasPart", "host", "constituent");

        private final String words;
        private final String inverseWords;
        private final String dataCite;
        private final String inverseDataCite;
        private final String mods;
        private final String inverseMods;

        Kind(
                String words,
                String inverseWords,
                String dataCite,
                String inverseDataCite,
                String mods,
                String inverseMods) {
            this.words = words;
            this.inverseWords = inverseWords;
            this.dataCite = dataCite;
            this.inverseDataCite = inverseDataCite;
            this.mods = mods;
            this.inverseMods = inverseMods;
        }

        /** Dossier's name: "supersedes", "responds_to". */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Dossier's name of the inverse: "is_superseded_by", "has_response". */
        public String inverseCode() {
            return switch (this) {
                case UPDATES -> "is_updated_by";
                case SUPERSEDES -> "is_superseded_by";
                case RESPONDS_TO -> "has_response";
                case FOLLOWS_UP -> "is_followed_up_by";
                case PART_OF -> "has_part";
            };
        }

        /**
         * Plain words before the other publication's title: "Supersedes", or "Superseded by" for the inverse; also
         * before "this brief" in the reason a related card gives.
         */
        public String words(boolean inverse) {
            return inverse ? inverseWords : words;
        }

        /** The DataCite relationType (metadata schema 4.5): "Obsoletes", "IsObsoletedBy". */
        public String dataCite(boolean inverse) {
            return inverse ? inverseDataCite : dataCite;
        }

        /** The MODS relatedItem type: "preceding" for what this one supersedes, "succeeding" for what supersedes it. */
        public String mods(boolean inverse) {
            return inverse ? inverseMods : mods;
        }

        /** The kind Dossier names {@code code} ("supersedes"), if any. */
        public static Optional<Kind> ofCode(String code) {
            return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
        }

        /** The codes, for messages: "updates, supersedes, …". */
        public static String codes() {
            return String.join(", ", Arrays.stream(values()).map(Kind::code).toList());
        }
    }
}
