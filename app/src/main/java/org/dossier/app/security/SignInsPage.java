package org.dossier.app.security;

import java.time.Instant;
import java.util.List;

/** Failed sign-ins for admins: by account and address ({@code account} set), and by address over all accounts. */
public record SignInsPage(String me, Csrf csrf, List<Row> rows) {

    /** One account tried from one address, or (no account) one address over every account it tried. */
    public record Row(String account, String address, int failures, Instant last, long waitSeconds) {}
}
