package org.dossier.attachment;

import java.util.List;
import java.util.Optional;

/** The attachments of publications, as rows; the files themselves are kept apart, by digest. */
public interface Attachments {

    Attachment add(Attachment attachment);

    /** Oldest first. */
    List<Attachment> of(String publicationId);

    Optional<Attachment> find(String id);
}
