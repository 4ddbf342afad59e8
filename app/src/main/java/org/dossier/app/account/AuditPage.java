package org.dossier.app.account;

import java.util.List;
import org.dossier.account.AuditEvent;
import org.dossier.app.security.Csrf;

/** The audit log page. */
public record AuditPage(String me, Csrf csrf, List<AuditEvent> events) {}
