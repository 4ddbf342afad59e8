package org.dossier.app.oai;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The formats the repository disseminates (every record in each), by prefix. */
@Component
class MetadataFormats {
    private final List<MetadataFormat> formats;

    MetadataFormats(List<MetadataFormat> formats) {
        this.formats = formats.stream()
                .sorted(Comparator.comparing(MetadataFormat::prefix).reversed())
                .toList();
    }

    List<MetadataFormat> all() {
        return formats;
    }

    Optional<MetadataFormat> find(String prefix) {
        return formats.stream().filter(f -> f.prefix().equals(prefix)).findFirst();
    }
}
