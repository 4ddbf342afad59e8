package org.dossier;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The third-party datasets in ../shared (see its data/SOURCES.md). Tests that need them skip, saying so,
 * when the folder is absent, and fail on CI, which always has it.
 */
public final class SharedData {
    private SharedData() {}

    public static Path file(String relative) {
        String configured = System.getProperty("dossier.shared");
        Path root = configured != null ? Path.of(configured) : Path.of("../shared");
        Path file = root.resolve(relative).normalize();
        Prerequisites.require(
                Files.isRegularFile(file),
                file + " is absent (the ../shared folder with the project's datasets is needed)");
        return file;
    }

    public static Path seedPage() {
        return file("samples/usip-peace-brief-mali-2013.txt");
    }
}
