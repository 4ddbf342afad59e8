package org.dossier.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dossier.publication.Publication;

/**
 * The store of publications, the truth from which everything else is derived. Every write of a
 * publication also records an outbox entry in the same transaction, for the search index to consume.
 */
public interface Catalog {

    /**
     * Writes each unit (a list of publications that belong together) whole or not at all; a unit that
     * fails leaves nothing behind and does not stop the others. Results come in the order of the units.
     */
    List<WriteResult> write(List<List<Incoming>> units);

    Optional<Publication> find(String id);

    /**
     * Like {@link #findAll}, without the long texts (body, about, disclaimer): for lists and cards, where
     * reading a statement's 20 kB body would only slow the page.
     */
    List<Publication> findSummaries(java.util.Collection<String> ids);

    /** The publication at this canonical path ("/publications/2013/05/crisis-in-mali"). */
    Optional<Publication> findByPath(String path);

    /** A publication's number in a series. */
    record Numbered(String id, String number) {}

    /** The publications numbered in this series, in no particular order. */
    List<Numbered> numberedIn(String series);

    /** The publication a person names: by its path ("/publications/…") or else by its id. */
    default Optional<Publication> findByIdOrPath(String name) {
        String n = name.strip();
        return n.startsWith("/") ? findByPath(n) : find(n);
    }

    /** The ids of the publications with exactly this title. */
    List<String> idsByTitle(String title);

    /** The publications with these ids that exist, in the order of the ids. */
    List<Publication> findAll(java.util.Collection<String> ids);

    /** The ids of the publications that list this one among their curated related publications. */
    List<String> linkingTo(String id);

    /** A relation said by publication {@code from} about another ({@code relation.target()}). */
    record RelationTo(String from, org.dossier.publication.Relation relation) {}

    /** The relations other publications have to these ones (what supersedes them, their parts …). */
    List<RelationTo> relationsTo(java.util.Collection<String> ids);

    /** The people with these ids that exist, by id. */
    java.util.Map<String, org.dossier.publication.Person> people(java.util.Collection<String> ids);

    /** Removes a publication (and its outbox says so); false when there was none. */
    boolean delete(String id);

    /** Publications, newest first (undated last), then by id. */
    List<Publication> list(int offset, int limit);

    long count();

    /** A publication's canonical path and when it last changed: what a sitemap lists. */
    record PathStamp(String path, java.time.Instant updated) {}

    /** Paths and change times of the publications readers may see now, in id order (creation order), for sitemaps. */
    List<PathStamp> paths(java.time.Instant now, int offset, int limit);

    /** The ids of a publication family: the original (this id) and its translations. */
    List<String> translationFamily(String familyId);

    /** How many publications readers may see now. */
    long countVisible(java.time.Instant now);

    /** Every publication in id order (creation order), read in batches. */
    void forEach(Consumer<Publication> action);

    /** The names of the topics (issue areas) the store knows. */
    Set<String> topicNames();

    /** Every publication's topics in their order, for those that have any. */
    java.util.Map<String, List<String>> topicsByPublication();
}
