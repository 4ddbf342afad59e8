package org.dossier.site;

/**
 * What the institute says about its site, which its admins change: the site's name (feeds, page metadata,
 * the OAI-PMH repository name), the publisher (citations, metadata, harvested records), the address
 * harvesters write to, and the disclaimer new publications start with. Empty text means none.
 */
public record SiteSettings(String name, String publisher, String adminEmail, String disclaimer) {

    public SiteSettings {
        name = strip(name);
        publisher = strip(publisher);
        adminEmail = strip(adminEmail);
        disclaimer = strip(disclaimer);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
