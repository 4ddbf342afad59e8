package org.dossier.site;

/**
 * What the institute says about its site, which its admins change: the site's name (feeds, page metadata,
 * the OAI-PMH repository name), the publisher (citations, metadata, harvested records), the address
 * harvesters write to, the disclaimer new publications start with; and its look: the accent colour of links,
 * buttons and the map ("#0b4f8a"), and the publication the home page features (its id; none: the newest). Empty
 * text means none.
 */
public record SiteSettings(
        String name, String publisher, String adminEmail, String disclaimer, String accentColour, String featured) {

    public SiteSettings {
        name = strip(name);
        publisher = strip(publisher);
        adminEmail = strip(adminEmail);
        disclaimer = strip(disclaimer);
        accentColour = strip(accentColour).toLowerCase(java.util.Locale.ROOT);
        featured = strip(featured);
    }

    public SiteSettings withFeatured(String id) {
        return new SiteSettings(name, publisher, adminEmail, disclaimer, accentColour, id);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
