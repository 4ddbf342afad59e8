package org.dossier.app.editing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The attached files, in {@code attachments/} of the data folder, each named by its SHA-256 digest — never
 * by a name from the upload, so no upload can choose where it lands. Written to a temporary file first,
 * then moved into place, so a file is there whole or not at all.
 */
@Component
class AttachmentFiles {
    private final Path folder;

    AttachmentFiles(@Value("${dossier.data}") Path data) {
        this.folder = data.resolve("attachments");
    }

    /** Stores the bytes (once per content) and returns their digest. */
    String store(byte[] bytes) {
        String sha256 = sha256(bytes);
        Path target = path(sha256);
        try {
            Files.createDirectories(folder);
            if (!Files.exists(target)) {
                Path temp = Files.createTempFile(folder, "upload-", ".part");
                Files.write(temp, bytes);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return sha256;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the attachment: " + e.getMessage(), e);
        }
    }

    Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 digest");
        }
        return folder.resolve(sha256 + ".pdf");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
