package org.dossier.app.oai;

import java.net.URI;
import java.util.Optional;
import org.dossier.app.shared.SiteUrls;
import org.dossier.app.site.Site;
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
    private final Site site;
    private final String repositoryIdentifier;

    OaiIdentity(
            SiteUrls urls,
            Site site,
            @Value("${dossier.site.url:}") String siteUrl,
            @Value("${dossier.oai.repository-identifier:}") String repositoryIdentifier) {
        this.urls = urls;
        this.site = site;
        this.repositoryIdentifier = !repositoryIdentifier.isBlank()
                ? repositoryIdentifier
                : siteUrl.isBlank() ? "localhost" : URI.create(siteUrl).getHost();
    }

    String repositoryName() {
        return site.settings().name();
    }

    /** The institute that publishes, as the settings name it; null when they name none. */
    String publisher() {
        String publisher = site.settings().publisher();
        return publisher.isEmpty() ? null : publisher;
    }

    /** The admin's address from the settings, else webmaster@ the repository's host. */
    String adminEmail() {
        String configured = site.settings().adminEmail();
        String host = repositoryIdentifier.contains(".") ? repositoryIdentifier : repositoryIdentifier + ".localdomain";
        return configured.isEmpty() ? "webmaster@" + host : configured;
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
                ? Optional.of(identifier.substring(prefix.length()))
                : Optional.empty();
    }
}
