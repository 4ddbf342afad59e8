package org.dossier.site;

/**
 * What the institute says about its site, which its admins change: the site's name (feeds, page metadata,
 * the OAI-PMH repository name), the publisher (citations, metadata, harvested records), the address
 * harvesters write to, the disclaimer new publications start with; and its look: the accent colour of links,
 * buttons and the map ("#0b4f8a"), and the publication the home page features (its id; none: the newest); and
 * enrichment's: the confidence in percent a topic suggestion needs (empty: the default) and whether confident place
 * suggestions are applied without an editor. Empty text means none.
 */
public record SiteSettings(
        String name,
        String publisher,
        String adminEmail,
        String disclaimer,
        String accentColour,
        String featured,
        String topicConfidence,
        Boolean autoApplyPlaces) {

    /**
     * The confidence, in percent, a topic suggestion needs when the admin has not set one. On the tuning halves of
     * bench/topic-suggestions.sh, F1 is highest at 20 and nearly as high at 30, where about every second suggestion
     * is right rather than every third (bench/README.md).
     */
    public static final int DEFAULT_TOPIC_CONFIDENCE = 30;

    public SiteSettings {
        name = strip(name);
        publisher = strip(publisher);
        adminEmail = strip(adminEmail);
        disclaimer = strip(disclaimer);
        accentColour = strip(accentColour).toLowerCase(java.util.Locale.ROOT);
        featured = strip(featured);
        topicConfidence = strip(topicConfidence);
        autoApplyPlaces = autoApplyPlaces != null && autoApplyPlaces;
    }

    public SiteSettings withFeatured(String id) {
        return new SiteSettings(
                name, publisher, adminEmail, disclaimer, accentColour, id, topicConfidence, autoApplyPlaces);
    }

    /** The confidence a topic suggestion needs, 0–1 (the admin's percentage, else the default). */
    public double topicThreshold() {
        return (topicConfidence.matches("\\d{1,2}") ? Integer.parseInt(topicConfidence) : DEFAULT_TOPIC_CONFIDENCE)
                / 100.0;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
