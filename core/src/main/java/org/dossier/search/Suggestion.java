package org.dossier.search;

/** An autocomplete entry: a title, person, topic, place or collection, with the key to go to it. */
public record Suggestion(Kind kind, String key, String label) {

    public enum Kind {
        TITLE,
        PERSON,
        TOPIC,
        PLACE,
        COLLECTION
    }
}
