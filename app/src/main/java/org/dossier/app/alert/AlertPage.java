package org.dossier.app.alert;

import java.util.List;
import java.util.Map;
import org.dossier.app.security.Csrf;

/**
 * A page of the alerts: what happened ({@code message}), and the one form it offers, if any: {@code "subscribe"}
 * (an address and how often, for {@code list}), {@code "confirm"} or {@code "unsubscribe"} (one button posting to
 * {@code action}), or {@code "manage"} (an address to send the link of its alerts to); and an address's alerts.
 */
public record AlertPage(
        String title,
        String message,
        String form,
        String action,
        AlertList list,
        String email,
        String frequency,
        Map<String, String> errors,
        List<Row> alerts,
        Csrf csrf) {

    /** One of an address's alerts, with the address of the button that stops it (null when it has stopped). */
    public record Row(String title, String path, String frequency, String status, String stop) {}

    public String listTitle() {
        return list == null ? "" : list.title();
    }

    public String listPath() {
        return list == null ? "" : list.path();
    }

    public String error(String field) {
        return errors.get(field);
    }
}
