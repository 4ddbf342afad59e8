package org.dossier.account;

import java.time.Instant;

/** Who did what to what, and when: "alice changed the role of bob: editor → admin". */
public record AuditEvent(Instant at, String actor, String action, String subject, String detail) {}
