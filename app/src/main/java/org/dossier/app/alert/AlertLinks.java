package org.dossier.app.alert;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/** Where a list page's readers ask for e-mail alerts of it; none while e-mail is not set up. */
@Component
public class AlertLinks {
    private final AlertMail mail;

    AlertLinks(AlertMail mail) {
        this.mail = mail;
    }

    /** The alert page for the list at {@code address} (its path and query string), or null. */
    public String forList(String address) {
        return mail.enabled() ? "/alerts/new?list=" + URLEncoder.encode(address, StandardCharsets.UTF_8) : null;
    }
}
