package org.dossier.attachment;

import java.time.Instant;

/**
 * A file attached to a publication (a PDF): kept under its SHA-256 digest, never under a name a user chose;
 * the file name is only what downloads are called.
 */
public record Attachment(
        String id,
        String publicationId,
        String fileName,
        String sha256,
        long size,
        Instant uploaded,
        String uploadedBy) {}
