package org.dossier.account;

import java.time.Instant;

/** Someone who signs in to edit: a username (lower case), the name shown, a role, and whether it is disabled. */
public record Account(String id, String username, String name, Role role, boolean disabled, Instant created) {}
