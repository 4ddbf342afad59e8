package org.dossier.site;

import java.util.Optional;

/** The institute's logo as the store keeps it: none, or one image with its type and the SHA-256 of its bytes. */
public interface SiteLogo {

    Optional<Image> read();

    /** The logo's SHA-256, to version its address; empty when there is none. */
    Optional<String> version();

    void save(Image image);

    void remove();

    record Image(String contentType, byte[] bytes, String sha256) {}
}
