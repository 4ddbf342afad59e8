package org.dossier.publication;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person who writes or speaks: one person across many publications. Two mentions are the same
 * person when their names and affiliations match, ignoring case, accents, spacing and a leading
 * honorific ("Mr. Ibrahim Boubacar Keita" is "Ibrahim Boubacar Keita"); credentials are not part of the
 * identity either ("Joseph Sany" and "Joseph Sany, Ph.D." are one person).
 */
public record Person(String id, String name, String credentials, String bio, String affiliation) {
    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:(?:mr|mrs|ms|miss|dr|prof|sir|dame|h\\.?\\s?e|his excellency|her excellency)\\.?\\s+)+");

    public Person {
        name = Text.clean(name);
        credentials = Text.clean(credentials);
        bio = Text.clean(bio);
        affiliation = Text.clean(affiliation);
        if (name == null) {
            throw new IllegalArgumentException("a person needs a name");
        }
    }

    public static Person named(String name) {
        return new Person(null, name, null, null, null);
    }

    public String identityKey() {
        return HONORIFIC.matcher(fold(name)).replaceFirst("") + "|" + fold(affiliation);
    }

    public Person withId(String newId) {
        return new Person(newId, name, credentials, bio, affiliation);
    }

    /** This person, with the other's credentials, bio and affiliation where the other has them. */
    public Person updatedWith(Person other) {
        return new Person(
                id,
                name,
                Text.firstNonNull(other.credentials, credentials),
                Text.firstNonNull(other.bio, bio),
                Text.firstNonNull(other.affiliation, affiliation));
    }

    private static String fold(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\u00A0]+", " ")
                .trim();
    }
}
