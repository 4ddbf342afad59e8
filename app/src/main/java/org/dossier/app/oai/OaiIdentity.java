package org.dossier.app.oai;

import java.net.URI;
import java.util.Optional;
import org.dossier.app.meta.SiteUrls;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who the repository is: its name, address, publisher and administrator, and the identifiers of its
 * records, {@code oai:{repository identifier}:{publication id}}. The repository identifier must not change
 * once harvesters know it, so it comes from settings, never from the address a request came to:
 * {@code dossier.oai.repository-identifier}, else the host of {@code dossier.site.url}, else "localhost".
 */
@Component
class OaiIdentity {
    private final SiteUrls urls;
    private final String name;
    private final String publisher;
    private final String repositoryIdentifier;
    private final String adminEmail;

    OaiIdentity(SiteUrls urls, @Value("${dossier.site.name:Dossier}") String name,
                @Value("${dossier.site.publisher:}") String publisher, @Value("${dossier.site.url:}") String siteUrl,
                @Value("${dossier.oai.repository-identifier:}") String repositoryIdentifier,
                @Value("${dossier.site.admin-email:}") String adminEmail) {
        this.urls = urls;
        this.name = name;
        this.publisher = publisher.isBlank() ? name : publisher;
        this.repositoryIdentifier = !repositoryIdentifier.isBlank() ? repositoryIdentifier
                : siteUrl.isBlank() ? "localhost" : URI.create(siteUrl).getHost();
        String host = this.repositoryIdentifier.contains(".") ? this.repositoryIdentifier : this.repositoryIdentifier + ".localdomain";
        this.adminEmail = adminEmail.isBlank() ? "webmaster@" + host : adminEmail;
    }

    String repositoryName() {
        return name;
    }

    String publisher() {
        return publisher;
    }

    String adminEmail() {
        return adminEmail;
    }

    String baseUrl() {
        return urls.of("/oai");
    }

    /** The address of a publication's page. */
    String pageUrl(String path) {
        return urls.of(path);
    }

    String identifier(String publicationId) {
        return "oai:" + repositoryIdentifier + ":" + publicationId;
    }

    /** The publication id in one of this repository's identifiers. */
    Optional<String> publicationId(String identifier) {
        String prefix = "oai:" + repositoryIdentifier + ":";
        return identifier.startsWith(prefix) && identifier.length() > prefix.length()
                ? Optional.of(identifier.substring(prefix.length())) : Optional.empty();
    }
}
