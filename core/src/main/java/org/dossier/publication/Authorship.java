package org.dossier.publication;

/** A person named on a publication, with the role they had in it ("President", "Minister for Foreign Affairs"). */
public record Authorship(Person person, String role) {
    public Authorship {
        role = Text.clean(role);
    }

    public static Authorship of(Person person) {
        return new Authorship(person, null);
    }
}
