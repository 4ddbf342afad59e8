package org.dossier.ingest.pagetext;

import java.util.ArrayList;
import java.util.List;

/** A run of non-blank lines of a page, with the line number it starts on. */
record Block(int line, List<String> lines) {

    /** Splits a page into blocks at blank lines; a line of only spaces or NO-BREAK SPACEs is blank. */
    static List<Block> of(List<String> pageLines) {
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < pageLines.size(); i++) {
            String line = pageLines.get(i);
            if (isBlank(line)) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(start, current));
                    current = new ArrayList<>();
                }
            } else {
                if (current.isEmpty()) {
                    start = i + 1;
                }
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(start, current));
        }
        return blocks;
    }

    String text() {
        return String.join("\n", lines.stream().map(Block::strip).toList());
    }

    String firstLine() {
        return strip(lines.get(0));
    }

    static String strip(String s) {
        return s.replaceAll("^[\\s\\u00A0]+|[\\s\\u00A0]+$", "");
    }

    private static boolean isBlank(String line) {
        return strip(line).isEmpty();
    }
}
